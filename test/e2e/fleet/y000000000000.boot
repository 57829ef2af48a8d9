#!version:1.0.0.1
## Common boot file: each model gets its Common file, every phone the site settings.
[T46U]include:config "y000000000108.cfg"
[T48U]include:config "y000000000109.cfg"
include:config "site.cfg"
