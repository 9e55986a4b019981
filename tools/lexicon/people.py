#!/usr/bin/env python3
"""Builds src/NewsBot/Lexicon/People.txt from WordNet 3.0 (Debian: apt-get install wordnet-base).

One single-word common noun per line whose most frequent sense (WordNet's first) is a person: its lexicographer
file is noun.person ("surgeon", "architect", "spokeswoman", "goalkeeper"). A question that asks "which <such noun>"
asks for a person. Nouns whose first sense is something else ("head", "firm", "team") are left out, as are words that
are also adjectives ("major", "official", "senior"), which more often describe a noun than name a role.
"""
import os

from wordnet_nouns import arguments, index_entries, read_synsets, write_list

PERSON = "18"  # lexicographer file number of noun.person (WordNet's lexnames)


def main():
    args = arguments(__doc__, "People.txt")

    synsets = read_synsets(args.wordnet)

    # A word that is also an adjective ("major", "official", "senior") more often describes a noun than names a role.
    adjectives = set()
    with open(os.path.join(args.wordnet, "index.adj"), encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):
                adjectives.add(line.split()[0])

    people = []
    for lemma, offsets in index_entries(args.wordnet):
        lexfile, members, _ = synsets[offsets[0]]
        # A proper noun ("Aaron") keeps its capital in the synset.
        if lexfile == PERSON and lemma.isalpha() and lemma in members and lemma not in adjectives:
            people.append(lemma)

    write_list(args.out, "people.py", "nouns whose most frequent sense is a person", people)


if __name__ == "__main__":
    main()
