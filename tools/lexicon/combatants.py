#!/usr/bin/env python3
"""Builds src/NewsBot/Lexicon/Combatants.txt from WordNet 3.0 (Debian: apt-get install wordnet-base).

One single-word common noun per line whose most frequent sense (WordNet's first) is a member of the armed forces or
one who fights: the sense is, or is a kind of, serviceman ("military man"), military personnel ("troops") or combatant
("fighter"). Soldiers, marines, paratroopers, generals, conscripts. A count of these is no count of civilians, which
WordNet defines as the nonmilitary, and the other way round.
"""
from wordnet_nouns import arguments, index_entries, read_synsets, write_list

ROOTS = {"serviceman", "military_personnel", "combatant"}  # the first word of each root synset


def main():
    args = arguments(__doc__, "Combatants.txt")

    synsets = read_synsets(args.wordnet)
    roots = {offset for offset, (_, words, _) in synsets.items() if words[0] in ROOTS}

    def is_combatant(offset, seen):
        if offset in roots:
            return True
        seen.add(offset)
        return any(is_combatant(up, seen) for up in synsets[offset][2] if up not in seen)

    combatants = []
    for lemma, offsets in index_entries(args.wordnet):
        # A proper noun keeps its capital in the synset, so the word's first sense as a common noun is its first
        # synset that writes it in lower case ("marine", after "Marine").
        common = [offset for offset in offsets if lemma in synsets[offset][1]]
        if lemma.isalpha() and common and is_combatant(common[0], set()):
            combatants.append(lemma)

    write_list(args.out, "combatants.py", "nouns whose most frequent sense is a member of the armed forces or a combatant", combatants)


if __name__ == "__main__":
    main()
