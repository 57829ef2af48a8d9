/**
 * Network parameters: WAN/LAN addressing, DNS, PC port, VLAN, QoS, ports, 802.1X, VPN, LLDP, SNMP.
 *
 * Sources: the network, VLAN, QoS, 802.1X, LLDP and SNMP comments of Yealink's V70/V71 and V81 templates.
 * The administrator-guide pages for the network chapter were not retrievable from the reference corpus,
 * so value kinds stay conservative: where no source gives the permitted values, the entry uses `text`.
 * The 802.1X entries also use Yealink's 802.1X technical white paper (tag WP8021X).
 * Every old unprefixed name (`network.*`) is listed as an alias of the `static.network.*` entry
 * (the `static.` prefix marks the V81 and later name of the same setting).
 */
import type { CatalogFamily, ParameterAlias, ParameterSpec } from '../types';
import { BOOL, DSCP, IPV4, PORT, TEXT, URL, bool, int, oneOf } from '../valueLists';

/**
 * 802.1X white paper: off by default (page 5); modes 1-7 are its protocol list in order (page 4), and its
 * EAP-TLS example uses mode 2 (page 8).
 */
const WP8021X_CFG = { guide: 'WP8021X', page: '8' } as const;

const parameters: ParameterSpec[] = [
  // ---------------------------------------------------------------- WAN (Internet) port, IPv4
  {
    pattern: 'static.network.internet_port.type',
    value: oneOf(['0', 'DHCP'], ['1', 'PPPoE'], ['2', 'Static IP address']),
    default: '0',
    reboot: true,
    description:
      'Chooses how the Internet (WAN) port gets its IPv4 settings: from DHCP, over PPPoE, or from the static address fields. Changing it restarts the phone.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.internet_port.type' },
  },
  {
    pattern: 'static.network.internet_port.ip',
    value: IPV4,
    default: '',
    reboot: true,
    description: 'Fixed IPv4 address of the phone, used only when the Internet port is set to a static address.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, static IP address comment' },
  },
  {
    pattern: 'static.network.internet_port.mask',
    value: IPV4,
    default: '',
    reboot: true,
    description: 'Subnet mask that goes with the static IPv4 address of the Internet port.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, static IP address comment' },
  },
  {
    pattern: 'static.network.internet_port.gateway',
    value: IPV4,
    default: '',
    reboot: true,
    description: 'Default router for the static IPv4 configuration of the Internet port.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, static IP address comment' },
  },
  {
    pattern: 'static.network.ip_address_mode',
    value: oneOf(['0', 'IPv4'], ['1', 'IPv6'], ['2', 'IPv4 and IPv6']),
    reboot: true,
    description:
      'Selects which IP stack the phone runs on its Internet port (IPv4 only, IPv6 only, or both). A change restarts the phone.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.ip_address_mode' },
  },
  {
    pattern: 'static.network.static_dns_enable',
    value: bool('Use DNS servers handed out by DHCP', 'Use the DNS servers configured here'),
    reboot: true,
    description:
      'Makes the phone use the manually entered DNS servers even when it gets its address from DHCP.',
    source: { guide: 'TEMPLATE', page: 'Require reboot note' },
  },
  {
    pattern: 'static.network.primary_dns',
    value: IPV4,
    reboot: true,
    description: 'First DNS server the phone asks (IPv4). Used with a static address or when static DNS is turned on.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, static IP address comment' },
  },
  {
    pattern: 'static.network.secondary_dns',
    value: IPV4,
    reboot: true,
    description: 'Fallback DNS server (IPv4), tried when the primary one does not answer.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, static IP address comment' },
  },
  {
    pattern: 'static.network.pppoe.user',
    value: TEXT,
    reboot: true,
    description: 'User name the phone sends to the PPPoE access concentrator when the Internet port uses PPPoE.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, PPPoE comment' },
  },
  {
    pattern: 'static.network.pppoe.password',
    value: TEXT,
    reboot: true,
    description: 'Password for the PPPoE login of the Internet port. Stored in the file in clear text unless the file is encrypted.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, PPPoE comment' },
  },
  {
    pattern: 'static.network.internet_port.speed_duplex',
    value: oneOf(['0', 'Auto-negotiate'], ['1', 'Full duplex 10 Mbps'], ['2', 'Full duplex 100 Mbps'], ['3', 'Half duplex 10 Mbps'], ['4', 'Half duplex 100 Mbps']),
    default: '0',
    reboot: true,
    description:
      'Forces link speed and duplex on the Internet port instead of auto-negotiation; only change it when the switch port is also fixed.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.internet_port.speed_duplex' },
  },
  {
    pattern: 'static.network.mtu_value',
    value: int(128, 1500, 'bytes'),
    default: '1500',
    reboot: true,
    description: 'Largest IP packet the phone sends. Lower it when packets are lost on VPN or tunnelled links.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.mtu_value' },
  },
  // ---------------------------------------------------------------- PC port and bridge
  {
    pattern: 'static.network.pc_port.enable',
    value: bool('PC port off', 'PC port passes traffic'),
    reboot: true,
    description: 'Turns the PC (LAN) port on the back of the phone on or off, e.g. to stop users plugging in other devices.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.pc_port.enable' },
  },
  {
    pattern: 'static.network.pc_port.speed_duplex',
    value: oneOf(['0', 'Auto-negotiate'], ['1', 'Full duplex 10 Mbps'], ['2', 'Full duplex 100 Mbps'], ['3', 'Half duplex 10 Mbps'], ['4', 'Half duplex 100 Mbps']),
    default: '0',
    reboot: true,
    description: 'Forces speed and duplex on the PC port instead of auto-negotiation.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.pc_port.speed_duplex' },
  },
  {
    pattern: 'static.network.bridge_mode',
    value: BOOL,
    reboot: true,
    description:
      'Chooses whether the PC port is bridged to the Internet port (same network) rather than routed by the phone with its own LAN addressing.',
    source: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, network.bridge_mode' },
  },
  {
    pattern: 'static.network.pc_port.ip',
    value: IPV4,
    reboot: true,
    description: 'IPv4 address of the phone on the PC-port side when the phone routes instead of bridging.',
    source: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, PC port router comment' },
  },
  {
    pattern: 'static.network.pc_port.mask',
    value: IPV4,
    reboot: true,
    description: 'Subnet mask of the PC-port network when the phone routes instead of bridging.',
    source: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, PC port router comment' },
  },
  {
    pattern: 'static.network.pc_port.dhcp_server',
    value: BOOL,
    reboot: true,
    description: 'Lets the phone hand out addresses by DHCP to the computer on its PC port when it routes instead of bridging.',
    source: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, network.pc_port.dhcp_server' },
  },
  {
    pattern: 'static.network.span_to_pc_port',
    value: BOOL,
    reboot: true,
    description: 'Mirrors the phone’s own traffic to the PC port so a packet capture on the attached computer sees it.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.span_to_pc_port' },
  },
  // ---------------------------------------------------------------- VLAN
  {
    pattern: 'static.network.vlan.internet_port_enable',
    value: bool('Untagged', 'Tag frames with the VLAN ID below'),
    reboot: true,
    description: 'Makes the phone tag its own traffic on the Internet port with an 802.1Q VLAN ID (a manual voice VLAN).',
    source: { guide: 'TPL-V81-3CX', page: 'VLAN section, network.vlan.internet_port_enable' },
  },
  {
    pattern: 'static.network.vlan.internet_port_vid',
    value: int(1, 4094),
    default: '1',
    reboot: true,
    description: 'VLAN ID used on the Internet port when manual VLAN tagging is on.',
    source: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, network.vlan.internet_port_vid' },
  },
  {
    pattern: 'static.network.vlan.internet_port_priority',
    value: int(0, 7),
    reboot: true,
    description: '802.1p priority (the three priority bits of the VLAN tag) for frames leaving the Internet port.',
    source: { guide: 'TPL-V81-3CX', page: 'VLAN section, network.vlan.internet_port_priority' },
  },
  {
    pattern: 'static.network.vlan.pc_port_enable',
    value: bool('PC traffic untagged', 'Tag PC traffic with the VLAN ID below'),
    reboot: true,
    description: 'Tags the traffic of the computer behind the phone with its own VLAN ID (a data VLAN).',
    source: { guide: 'TPL-V81-3CX', page: 'VLAN section, network.vlan.pc_port_enable' },
  },
  {
    pattern: 'static.network.vlan.pc_port_vid',
    value: int(1, 4094),
    reboot: true,
    description: 'VLAN ID given to traffic from the PC port when PC-port tagging is on.',
    source: { guide: 'TPL-V81-3CX', page: 'VLAN section, network.vlan.pc_port_vid' },
  },
  {
    pattern: 'static.network.vlan.pc_port_priority',
    value: int(0, 7),
    reboot: true,
    description: '802.1p priority written into the VLAN tag of PC-port traffic.',
    source: { guide: 'TPL-V81-3CX', page: 'VLAN section, network.vlan.pc_port_priority' },
  },
  {
    pattern: 'static.network.vlan.dhcp_enable',
    value: BOOL,
    reboot: true,
    description: 'Lets the phone learn its voice VLAN from a DHCP option instead of (or before) the manual setting.',
    source: { guide: 'TPL-V81-3CX', page: 'VLAN section, network.vlan.dhcp_enable' },
  },
  {
    pattern: 'static.network.vlan.dhcp_option',
    value: { kind: 'list', item: int(0, 255) },
    reboot: true,
    description: 'DHCP option number(s) the phone reads the VLAN ID from when DHCP VLAN discovery is on; each from 0 to 255, several separated by commas.',
    source: { guide: 'TPL-V81-3CX', page: 'VLAN section, network.vlan.dhcp_option' },
  },
  // ---------------------------------------------------------------- QoS
  {
    pattern: 'static.network.qos.rtptos',
    value: DSCP,
    default: '46',
    reboot: true,
    description: 'DSCP value stamped on voice (RTP) packets so the network can prioritise them.',
    source: { guide: 'TPL-V81-3CX', page: 'QoS section, network.qos.rtptos' },
  },
  {
    pattern: 'static.network.qos.signaltos',
    value: DSCP,
    default: '26',
    reboot: true,
    description: 'DSCP value stamped on SIP signalling packets.',
    source: { guide: 'TPL-V81-3CX', page: 'QoS section, network.qos.signaltos' },
  },
  {
    pattern: 'static.network.qos.audiotos',
    value: DSCP,
    reboot: true,
    description: 'DSCP value for audio media packets on firmware that separates audio from video marking.',
    source: { guide: 'TEMPLATE', page: 'Require reboot note' },
  },
  {
    pattern: 'static.network.qos.videotos',
    value: DSCP,
    reboot: true,
    description: 'DSCP value for video media packets on video-capable phones.',
    source: { guide: 'TEMPLATE', page: 'Require reboot note' },
  },
  // ---------------------------------------------------------------- Ports and web server
  {
    pattern: 'static.network.port.http',
    value: PORT,
    reboot: true,
    description: 'TCP port of the phone’s built-in web server for plain HTTP.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, web server port comment' },
  },
  {
    pattern: 'static.network.port.https',
    value: PORT,
    reboot: true,
    description: 'TCP port of the phone’s built-in web server for HTTPS.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, web server port comment' },
  },
  {
    pattern: 'static.network.port.min_rtpport',
    value: PORT,
    reboot: true,
    description: 'Lowest local UDP port the phone uses for media; set it together with the maximum to match firewall rules.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.port.min_rtpport' },
  },
  {
    pattern: 'static.network.port.max_rtpport',
    value: PORT,
    reboot: true,
    description: 'Highest local UDP port the phone uses for media.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.port.max_rtpport' },
  },
  {
    pattern: 'static.network.web_server_type',
    value: oneOf(['0', 'Disabled'], ['1', 'HTTP and HTTPS'], ['2', 'HTTP only'], ['3', 'HTTPS only']),
    default: '1',
    reboot: true,
    description: 'Which protocols the built-in web interface answers on: none, HTTP and HTTPS, HTTP only or HTTPS only.',
    source: { guide: 'TPL-SIPX-V7X', page: 'phone-7X.xml, network.web_server_type' },
  },
  // ---------------------------------------------------------------- 802.1X
  {
    pattern: 'static.network.802_1x.mode',
    value: oneOf(
      ['0', 'Off (no 802.1X)'],
      ['1', 'EAP-MD5'],
      ['2', 'EAP-TLS'],
      ['3', 'EAP-PEAP/MSCHAPv2'],
      ['4', 'EAP-TTLS/EAP-MSCHAPv2'],
      ['5', 'EAP-PEAP/GTC'],
      ['6', 'EAP-TTLS/EAP-GTC'],
      ['7', 'EAP-FAST'],
    ),
    default: '0',
    reboot: true,
    description:
      'Switches 802.1X port authentication on by choosing the EAP method the phone uses towards the switch; 0 leaves it off. The newer methods (GTC, FAST) need recent firmware on some models.',
    source: WP8021X_CFG,
  },
  {
    pattern: 'static.network.802_1x.identity',
    value: TEXT,
    reboot: true,
    description:
      'User name (identity) the phone presents during 802.1X authentication; ignored while the 802.1X mode is 0.',
    source: { guide: 'WP8021X', page: '7' },
  },
  {
    pattern: 'static.network.802_1x.md5_password',
    value: TEXT,
    reboot: true,
    description: 'Password used by the password-based 802.1X methods.',
    source: { guide: 'TPL-V81-3CX', page: '802.1X section, user name and password comment' },
  },
  {
    pattern: 'static.network.802_1x.root_cert_url',
    value: URL,
    reboot: true,
    description: 'Where the phone downloads the CA certificate it uses to check the 802.1X authentication server.',
    source: { guide: 'TEMPLATE', page: 'Require reboot note' },
  },
  {
    pattern: 'static.network.802_1x.client_cert_url',
    value: URL,
    reboot: true,
    description:
      'Where the phone downloads its own device certificate for certificate-based 802.1X (EAP-TLS); the file must be in PEM format.',
    source: { guide: 'WP8021X', page: '8' },
  },
  {
    pattern: 'static.network.802_1x.proxy_eap_logoff.enable',
    value: BOOL,
    reboot: true,
    description:
      'Lets the phone send an EAPOL-Logoff for the computer on its PC port when that computer disconnects, so the switch closes its session.',
    source: { guide: 'TPL-V81-3CX', page: 'Network section, network.802_1x.proxy_eap_logoff.enable' },
  },
  // ---------------------------------------------------------------- VPN, LLDP, SNMP
  {
    pattern: 'static.network.vpn_enable',
    value: bool('No VPN', 'Connect through OpenVPN'),
    reboot: true,
    description: 'Starts the phone’s OpenVPN client so it reaches the PBX through a tunnel.',
    source: { guide: 'TPL-V81-3CX', page: 'VPN section, network.vpn_enable' },
  },
  {
    pattern: 'static.network.lldp.enable',
    value: BOOL,
    reboot: true,
    description: 'Turns on LLDP-MED so the phone advertises itself to the switch and can learn the voice VLAN from it.',
    source: { guide: 'TPL-V81-3CX', page: 'LLDP section, network.lldp.enable' },
  },
  {
    pattern: 'static.network.lldp.packet_interval',
    value: int(1, 3600, 'seconds'),
    default: '60',
    reboot: true,
    description: 'How often (in seconds) the phone sends LLDP advertisements.',
    source: { guide: 'TPL-V81-3CX', page: 'LLDP section, network.lldp.packet_interval' },
  },
  {
    pattern: 'static.network.snmp.enable',
    value: BOOL,
    reboot: true,
    description: 'Turns on the phone’s SNMP agent so a monitoring system can query it.',
    source: { guide: 'TPL-V81-3CX', page: 'SNMP section, network.snmp.enable' },
  },
  {
    pattern: 'static.network.snmp.port',
    value: PORT,
    reboot: true,
    description: 'UDP port the SNMP agent listens on.',
    source: { guide: 'TPL-V81-3CX', page: 'SNMP section, network.snmp.port' },
  },
  {
    pattern: 'static.network.snmp.trust_ip',
    value: { kind: 'list', item: { kind: 'host' }, separator: ' ' },
    reboot: true,
    description: 'Addresses of the SNMP managers allowed to query the phone, separated by spaces; others are ignored.',
    source: { guide: 'TPL-V81-3CX', page: 'SNMP section, network.snmp.trust_ip' },
  },
];

/** Every `static.network.*` entry also answers to its pre-V81 name without the prefix. */
const aliases: ParameterAlias[] = parameters
  .filter((spec) => spec.pattern.startsWith('static.network.'))
  .map((spec) => ({
    alias: spec.pattern.slice('static.'.length),
    of: spec.pattern,
    note: 'name without the static. prefix, used before V81',
  }));

export const family: CatalogFamily = {
  family: 'network',
  parameters,
  aliases,
};
