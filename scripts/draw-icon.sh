#!/bin/sh
# Draws media/icon.png (256x256): a desk phone's face whose screen shows three "key = value" lines.
# Needs ImageMagick (apt-get install imagemagick). Run from the repository root.
set -e
keys=""
for row in 0 1 2 3; do
  for col in 0 1 2; do
    x=$((96 + col * 32)); y=$((146 + row * 18))
    keys="$keys circle $x,$y $((x + 6)),$y"
  done
done
convert -size 256x256 xc:none \
  -fill '#1b5e7a' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#eef6f9' -draw 'roundrectangle 52,30 204,226 18,18' \
  -fill '#12394a' -draw 'roundrectangle 66,44 190,124 8,8' \
  -fill '#7fd3f0' -draw 'roundrectangle 76,56 126,66 4,4' -draw 'roundrectangle 140,56 178,66 4,4' \
  -fill '#ffcf5c' -draw 'roundrectangle 76,79 136,89 4,4' -draw 'roundrectangle 150,79 166,89 4,4' \
  -fill '#7fd3f0' -draw 'roundrectangle 76,102 116,112 4,4' -draw 'roundrectangle 130,102 172,112 4,4' \
  -fill '#eef6f9' -draw 'rectangle 130,57 136,59' -draw 'rectangle 130,63 136,65' \
  -draw 'rectangle 140,80 146,82' -draw 'rectangle 140,86 146,88' \
  -draw 'rectangle 120,103 126,105' -draw 'rectangle 120,109 126,111' \
  -fill '#1b5e7a' -draw "$keys" \
  -depth 8 -strip media/icon.png
