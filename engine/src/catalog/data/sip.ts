/**
 * Phone-wide SIP settings (`sip.*`), NAT helpers (STUN, TURN, ICE) and the static DNS cache used to
 * resolve SIP servers (`dns_cache_*`). Per-account SIP settings live in ./account.ts.
 * Page numbers are the page of the online copy that ../sources.ts links. Entries citing a guide without a
 * page name parameters listed in that guide's chapter whose table page could not be read here; their
 * value kinds are kept loose and no default is claimed.
 */
import type { CatalogFamily, IndexRange } from '../types';
import { BOOL, bool, HOST, int, oneOf, PORT, str, TEXT } from '../valueLists';

/** Static DNS cache records (NAPTR, SRV, A). */
const RECORD = { X: { min: 1, max: 12 } as IndexRange } as const;

export const family: CatalogFamily = {
  family: 'sip',
  parameters: [
    // ---------------------------------------------------------------- listening and transport
    {
      pattern: 'sip.listen_port',
      value: PORT,
      description: 'Local port on which the phone sends and receives SIP over UDP and TCP. Change it only when the network or PBX needs a non-standard port.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.tls_listen_port',
      value: PORT,
      description: 'Local port on which the phone accepts SIP over TLS.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.listen_mode',
      value: oneOf(['0', 'The transport each account uses'], ['1', 'TCP and UDP together'], ['2', 'TCP and UDP, BLF list subscriptions over TCP']),
      default: '0',
      reboot: true,
      description: 'Which transports the phone listens on for incoming SIP; applied after a reboot.',
      source: { guide: 'TPL-V81-3CX', page: 'SIP section, sip.listen_mode' },
    },
    {
      pattern: 'sip.tcp_port_random_mode',
      value: oneOf(['0', 'Random Contact port, fixed Via port'], ['1', 'Random Contact and Via ports'], ['2', 'Fixed Contact and Via ports']),
      default: '0',
      reboot: true,
      description: 'Which local ports outgoing TCP/TLS SIP connections use and which port the Contact and Via headers carry; applied after a reboot.',
      source: { guide: 'TPL-V81-3CX', page: 'SIP section, sip.tcp_port_random_mode' },
    },
    {
      pattern: 'sip.reliable_protocol.timerae.enable',
      value: BOOL,
      description: 'Also runs the RFC 3261 retransmission timers A and E on TCP/TLS, so a silent server over a reliable transport is detected sooner.',
      source: { guide: 'AG85-MH' },
    },
    // ---------------------------------------------------------------- security and trust
    {
      pattern: 'sip.trust_ctrl',
      value: bool('Accept SIP from any source', 'Accept SIP only from the configured servers (no IP calls)'),
      default: '0',
      reboot: true,
      firmware: 'V81 and later (earlier firmware used account.X.sip_trust_ctrl)',
      description: 'Ignores SIP requests that do not come from the phone\'s SIP servers or outbound proxies, which stops "ghost calls" from port scanners.',
      source: { guide: 'AG85-MH', page: '497' },
    },
    {
      pattern: 'sip.notify_reboot_enable',
      value: oneOf(
        ['0', 'Reboot only when the NOTIFY carries reboot=true'],
        ['1', 'Always reboot on check-sync'],
        ['2', 'Ignore check-sync NOTIFY'],
      ),
      default: '1',
      description: 'What the phone does when it receives a SIP NOTIFY with "Event: check-sync" (re-provisioning trigger from the server).',
      source: { guide: 'AG-CP969', page: '779' },
    },
    // ---------------------------------------------------------------- call signalling behaviour
    {
      pattern: 'sip.rfc2543_hold',
      value: bool('Hold with SDP direction attributes (RFC 3264, a=sendonly)', 'Hold with c=0.0.0.0 (RFC 2543)'),
      default: '0',
      description: 'Selects the hold signalling style; use the RFC 2543 form only for old servers that need it.',
      source: { guide: 'AG85-MH', page: '396' },
    },
    {
      pattern: 'sip.use_out_bound_in_dialog',
      value: BOOL,
      description: 'Keeps sending in-dialog requests (re-INVITE, BYE ...) through the outbound proxy instead of straight to the far end.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.send_response_by_request',
      value: BOOL,
      description: 'Sends SIP responses back to the address and port the request came from rather than to the address in the Via header.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.use_23_as_pound',
      value: bool('Send # unencoded in the user part', 'Encode # as %23 in the user part'),
      description: 'How a # dialled as part of a number is written into SIP URIs.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.requesturi_e164_addglobalprefix',
      value: BOOL,
      description: 'Adds the global "+" prefix to E.164 numbers in the Request-URI of outgoing calls.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.disp_incall_to_info',
      value: BOOL,
      description: 'Shows the called identity from the To header on incoming calls, useful when one phone answers several numbers.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.mac_in_ua',
      value: TEXT,
      description: 'Adds the phone MAC address to the User-Agent header of SIP messages (0 = off), so servers can identify the device.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.call_fail_use_reason.enable',
      value: BOOL,
      description: 'Shows the reason text of a failure response on the screen when a call fails, instead of a generic message.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.skip_redundant_failover_addr',
      value: BOOL,
      description: 'During failover, skips server addresses that resolve to the same IP as the one that just failed.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'sip.call_park_without_blf',
      value: BOOL,
      reboot: true,
      description: 'Allows call park without a BLF subscription to the park orbit; applied after a reboot.',
      source: { guide: 'TPL-V81-3CX', page: 'SIP section, sip.call_park_without_blf' },
    },
    {
      pattern: 'sip.escape_characters.enable',
      value: BOOL,
      reboot: true,
      description: 'Escapes special characters in SIP URIs and headers; applied after a reboot.',
      source: { guide: 'TEMPLATE', page: 'Require reboot note' },
    },
    // ---------------------------------------------------------------- registration and identity
    {
      pattern: 'sip.reg_surge_prevention',
      value: int(0, 60, 's'),
      default: '0',
      reboot: true,
      description: 'Random wait of up to this many seconds before accounts register after start-up, so many phones rebooting together do not flood the server. The phone reboots to apply a change.',
      source: { guide: 'AG85-T21E2', page: '210' },
    },
    {
      pattern: 'sip.cid_source.preference',
      value: { kind: 'list', item: TEXT },
      default: 'P-Preferred-Identity, P-Asserted-Identity, Remote-Party-ID, From',
      description: 'Order in which SIP headers are tried for the caller identity when account.X.cid_source is 6 (PREFERENCE).',
      source: { guide: 'AG86-MH', page: '500' },
    },
    // ---------------------------------------------------------------- STUN, TURN, ICE
    {
      pattern: 'static.sip.nat_stun.enable',
      value: BOOL,
      description: 'Turns the STUN client on so the phone learns its public address and port; does not work behind symmetric NAT.',
      source: { guide: 'AG84-T21E2' },
    },
    {
      pattern: 'static.sip.nat_stun.server',
      value: HOST,
      description: 'IP address or domain name of the STUN server, usually on the public Internet.',
      source: { guide: 'AG84-T21E2' },
    },
    {
      pattern: 'static.sip.nat_stun.port',
      value: PORT,
      description: 'UDP port of the STUN server (STUN servers normally listen on 3478).',
      source: { guide: 'AG84-T21E2' },
    },
    {
      pattern: 'ice.enable',
      value: BOOL,
      description: 'Uses ICE to pick the best media path between the phones, with STUN and TURN candidates.',
      source: { guide: 'AG84-T21E2' },
    },
    {
      pattern: 'sip.nat_turn.enable',
      value: BOOL,
      description: 'Allows media to be relayed through a TURN server as part of ICE, for networks where direct paths fail.',
      source: { guide: 'AG84-T21E2' },
    },
    {
      pattern: 'sip.nat_turn.server',
      value: HOST,
      description: 'IP address or domain name of the TURN relay server.',
      source: { guide: 'AG84-T21E2' },
    },
    {
      pattern: 'sip.nat_turn.port',
      value: PORT,
      description: 'Port of the TURN relay server.',
      source: { guide: 'AG84-T21E2' },
    },
    {
      pattern: 'sip.nat_turn.username',
      value: TEXT,
      description: 'User name the phone authenticates with at the TURN server.',
      source: { guide: 'AG84-T21E2' },
    },
    {
      pattern: 'sip.nat_turn.password',
      value: TEXT,
      description: 'Password for the TURN server; stored in clear text in the file.',
      source: { guide: 'AG84-T21E2' },
    },
    // ---------------------------------------------------------------- static DNS cache
    {
      pattern: 'dns_cache_naptr.X.name',
      indexes: RECORD,
      value: HOST,
      default: '',
      description: 'Domain name that static NAPTR record X answers for.',
      source: { guide: 'AG85-MH', page: '311' },
    },
    {
      pattern: 'dns_cache_naptr.X.order',
      indexes: RECORD,
      value: int(0, 65535),
      default: '0',
      description: 'Order of static NAPTR record X; lower values are tried first.',
      source: { guide: 'AG85-MH', page: '311' },
    },
    {
      pattern: 'dns_cache_naptr.X.preference',
      indexes: RECORD,
      value: int(0, 65535),
      default: '0',
      description: 'Preference among static NAPTR records of equal order; lower values are preferred.',
      source: { guide: 'AG85-MH', page: '311' },
    },
    {
      pattern: 'dns_cache_naptr.X.replace',
      indexes: RECORD,
      value: HOST,
      description: 'Replacement domain of static NAPTR record X, i.e. the SRV name queried next (such as _sip._udp.example.com).',
      source: { guide: 'AG85-MH', page: '311' },
    },
    {
      pattern: 'dns_cache_naptr.X.service',
      indexes: RECORD,
      value: TEXT,
      description: 'Service of static NAPTR record X, naming the transport: SIP+D2U (UDP), SIP+D2T (TCP) or SIPS+D2T (TLS).',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_naptr.X.flags',
      indexes: RECORD,
      value: str(1),
      description: 'Flag of static NAPTR record X; "S" means the replacement is looked up as an SRV record.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_naptr.X.ttl',
      indexes: RECORD,
      value: int(0, 2147483647, 's'),
      description: 'How long static NAPTR record X is used before a live DNS query is tried again.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_srv.X.name',
      indexes: RECORD,
      value: HOST,
      description: 'SRV name (for example _sip._udp.example.com) that static SRV record X answers for.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_srv.X.port',
      indexes: RECORD,
      value: int(0, 65535),
      description: 'Port given by static SRV record X.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_srv.X.priority',
      indexes: RECORD,
      value: int(0, 65535),
      description: 'Priority of static SRV record X; lower values are tried first.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_srv.X.weight',
      indexes: RECORD,
      value: int(0, 65535),
      description: 'Weight among static SRV records of equal priority, for load sharing.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_srv.X.target',
      indexes: RECORD,
      value: HOST,
      description: 'Host name that static SRV record X points to.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_srv.X.ttl',
      indexes: RECORD,
      value: int(0, 2147483647, 's'),
      description: 'How long static SRV record X is used before a live DNS query is tried again.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_a.X.name',
      indexes: RECORD,
      value: HOST,
      description: 'Host name that static A record X resolves.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_a.X.ip',
      indexes: RECORD,
      value: { kind: 'ipv4' },
      description: 'IPv4 address returned by static A record X.',
      source: { guide: 'AG85-MH' },
    },
    {
      pattern: 'dns_cache_a.X.ttl',
      indexes: RECORD,
      value: int(0, 2147483647, 's'),
      description: 'How long static A record X is used before a live DNS query is tried again.',
      source: { guide: 'AG85-MH' },
    },
  ],
  aliases: [
    { alias: 'sip.nat_stun.enable', of: 'static.sip.nat_stun.enable', note: 'name before the static. prefix (V80 and earlier)' },
    { alias: 'sip.nat_stun.server', of: 'static.sip.nat_stun.server', note: 'name before the static. prefix (V80 and earlier)' },
    { alias: 'sip.nat_stun.port', of: 'static.sip.nat_stun.port', note: 'name before the static. prefix (V80 and earlier)' },
    // Yealink's templates capitalise these codec names; other fleets write them lower-case. Both are one setting.
    { alias: 'account.X.codec.G722_1_24kpbs.enable', of: 'account.X.codec.g722_1_24kpbs.enable', note: 'the spelling with a capital G that Yealink\'s own account templates write' },
    { alias: 'account.X.codec.G722_1_24kpbs.priority', of: 'account.X.codec.g722_1_24kpbs.priority', note: 'the spelling with a capital G that Yealink\'s own account templates write' },
    { alias: 'account.X.codec.G722_1c_24kpbs.enable', of: 'account.X.codec.g722_1c_24kpbs.enable', note: 'the spelling with a capital G that Yealink\'s own account templates write' },
    { alias: 'account.X.codec.G722_1c_24kpbs.priority', of: 'account.X.codec.g722_1c_24kpbs.priority', note: 'the spelling with a capital G that Yealink\'s own account templates write' },
    { alias: 'account.X.codec.G722_1c_32kpbs.enable', of: 'account.X.codec.g722_1c_32kpbs.enable', note: 'the spelling with a capital G that Yealink\'s own account templates write' },
    { alias: 'account.X.codec.G722_1c_32kpbs.priority', of: 'account.X.codec.g722_1c_32kpbs.priority', note: 'the spelling with a capital G that Yealink\'s own account templates write' },
    { alias: 'account.X.codec.G722_1c_48kpbs.enable', of: 'account.X.codec.g722_1c_48kpbs.enable', note: 'the spelling with a capital G that Yealink\'s own account templates write' },
    { alias: 'account.X.codec.G722_1c_48kpbs.priority', of: 'account.X.codec.g722_1c_48kpbs.priority', note: 'the spelling with a capital G that Yealink\'s own account templates write' },
  ],
};
