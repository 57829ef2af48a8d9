#!version:1.0.0.1
# yealink-cfg example: the MAC-oriented boot file of one phone. Firmware 81 and later read it first
# and download the files it lists, top to bottom; later files override earlier ones.
overwrite_mode = 0
include:config "y000000000066.cfg"
include:config "001565a1b2c3.cfg"
