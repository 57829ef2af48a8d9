#!version:1.0.0.1
## Boot file for the T46U at the front desk: the model's Common file, the site settings, then its own file.
[T46U]include:config "y000000000108.cfg"
[T48U]include:config "y000000000109.cfg"
include:config "site.cfg"
include:config "805ec0a1b2c3.cfg"
overwrite_mode = 1
