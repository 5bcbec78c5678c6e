// Event objects: what a dated event happened to, read from the words of its clause.
#pragma once

#include <cstddef>
#include <string>

#include "dates.h"
#include "extract/sentence_context.h"

namespace claimtrace {

// Whether a mark that ends a clause stands in tokens [from, to): dashes and quotation marks
// join the words of a name ("«Great Stone»"), commas and the like do not.
bool clause_mark(const SentenceContext& s, size_t from, size_t to);

// Whether tokens [from, to) are a comma and a participle or relative clause ending in an event
// word right before a date ("the park, established in 2010", "relations, which the two sides
// established in"): the clause dates the noun before the comma.
bool participle_after(const SentenceContext& s, size_t from, size_t to);

// "The agreement on railway travel, which A and B signed in": the rest of a noun phrase (words
// only) from token from, then a participle or relative clause that dates it.
bool participle_after_noun(const SentenceContext& s, size_t from, size_t to);

// A participle or relative clause after a comma whose other words only name who did it
// ("relations, which Belarus and China established in"), not a clause with a subject of its
// own ("..., an industrial park was established in").
bool parties_clause(const SentenceContext& s, size_t from, size_t to);

// "Set up in 2007, the zone ...", "in 2013, when the two countries signed the ... agreement": a
// sentence opening with an event word and its date, or a date a clause after its comma is
// about, dates the noun that begins at token first after the comma.
bool opening_participle(const SentenceContext& s, const DateMatch& m, size_t first);

// "The Agreement on Mutual Visa Exemption was signed in 2018", "the visa-free deal, signed in
// 2019": the distinctive words of the document nearest the date (a generic head of the rules
// and the words around it), each by its meaning in the rules or else its stem, without function
// words, parties and words the rules call not distinctive; sorted and joined. Empty when no
// head is in reach or its words name nothing distinctive: such an event is never compared.
std::string document_object(const SentenceContext& s, const DateMatch& m);

// The document head nearest a date that the date reaches (in its clause, through a participle
// or a clause about the date), as a token index; SIZE_MAX when none.
size_t head_in_reach(const SentenceContext& s, const DateMatch& m);

// "The agreement, in force since 2022": a generic head right after a definite word, with no
// words of its own, that the date reaches, names the document of that head the paragraph named
// last; empty when it names none.
std::string document_referred(const SentenceContext& s, const DateMatch& m);

// "— With the association agreement.": the last document the sentence names by its own words,
// dated or not, recorded for a later reference of the paragraph ("It took effect on").
void note_named_document(const SentenceContext& s);

// "It came into force in", "Его ратифицировали в", "яно набыло сілу ў": a pronoun (rules:
// object-pronoun) in the date's clause, within the event window, stands for the document the
// paragraph named last; empty when none, or when a head in reach names a document of its own.
std::string document_pronoun(const SentenceContext& s, const DateMatch& m);

// "The first summit", "the second forum": an ordinal before an event word, or before a kind of
// event that recurs (rules: facet recurs="yes"), makes one event of its kind between its
// parties, its object the ordinal and the word ("1 summit"); the nearest
// such event word to the date within the event window; none in a sentence naming a person.
std::string numbered_event(SentenceContext& s, const DateMatch& m);

// Records the object of an event dated at m for a later bare head of the paragraph.
void note_document(const SentenceContext& s, const DateMatch& m, const std::string& object);

// Whether tokens [from, to) are the comma closing a participle's date ("году,") and the next
// step's event word: "..., signed in 2021, entered into force on".
bool closes_participle(const SentenceContext& s, size_t from, size_t to);

// How many tokens between a phrase hit and a date name parties or places (a capitalized word
// after a preposition), join their names or are articles.
size_t names_between(const SentenceContext& s, const PhraseHit& h, const DateMatch& m);

// Whether a phrase hit's words are a document's generic head ("agreement", "договор").
bool document_head(const SentenceContext& s, const PhraseHit& h);

// "The treaty signed by A and B on <date> was ratified": an event word that reaches the date
// through only the parties' names and prepositions makes the date its own, so no event word
// of another attribute after the date (the main verb) takes it. That word's rule, or null.
const AttributeRule* participle_dates(const SentenceContext& s, const DateMatch& m);

// What happened to an object dated at m: the event word nearest the date within the event
// window that is not a document's generic head ("ratified the investment agreement in 2020" is
// a ratification, though "agreement" alone would date a signing); else the nearest event word.
std::string event_step(const SentenceContext& s, const DateMatch& m);

// The one body (an organization, or a group of states such as the EU) a sentence naming at
// most one state names, by id: the other side of a membership; empty when none or several.
std::string sole_body(const SentenceContext& s);

}  // namespace claimtrace
