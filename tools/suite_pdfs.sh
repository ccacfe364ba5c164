#!/bin/sh
# Copy the PDFs of one folder of a git directory without a work tree (such as a fetched snapshot)
# into OUT, keeping their paths: tools/suite_pdfs.sh GIT_DIR FOLDER OUT
# e.g. tools/suite_pdfs.sh /work/.mirror/mozilla+pdf.js/repo test/pdfs conformance/pdfjs
set -eu
git_dir=$1 folder=$2 out=$3
mkdir -p "$out"
git --git-dir="$git_dir" ls-tree -r --name-only HEAD -- "$folder" | grep -i '\.pdf$' |
while IFS= read -r path; do
	# a snapshot may list its largest files without holding them: skip those
	git --git-dir="$git_dir" cat-file -e "HEAD:$path" 2>/dev/null || { echo "absent: $path" >&2; continue; }
	dest="$out/${path#"$folder"/}"
	mkdir -p "$(dirname "$dest")"
	git --git-dir="$git_dir" show "HEAD:$path" > "$dest"
done
echo "$(find "$out" -iname '*.pdf' | wc -l) PDFs in $out"
