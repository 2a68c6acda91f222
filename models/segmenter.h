#pragma once

#include <QList>
#include <QStringView>
#include <vector>

namespace cpe {

// A sentence as [start,end) UTF-16 offsets into the segmented text, trimmed of surrounding
// whitespace and never empty. Offsets, not copies, so matches found in the full text can be
// assigned to sentences by position.
struct SentenceSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
};

// Splits English, Chinese and mixed text into sentences in one linear pass.
// - A line break always ends a sentence: headlines, list items and paragraphs stand alone.
// - 。！？；｡ end a sentence, as does … after a CJK character; following terminators and
//   closing quotes or brackets (”’」』）》…) stay with it.
// - . ! ? … end an English sentence when followed by whitespace (closing quotes or brackets
//   may come first) and then an uppercase letter, a digit, an opening quote or bracket, or a
//   CJK character; or directly by a CJK character. A period does not end one after a known
//   abbreviation (Mr, Dr, Jan, Inc, U.S, e.g...), a single capital initial ("John F.
//   Kennedy") or dotted initials ("U.S.A."); an ellipsis does not after a space.
// Decimals ("1.5 degrees") never split, as no whitespace follows their point.
// Returns the spans in text order.
QList<SentenceSpan> splitSentences(QStringView text);
// The same, replacing the contents of `out`, so that a caller splitting many texts reuses
// one buffer.
void splitSentences(QStringView text, std::vector<SentenceSpan> &out);

} // namespace cpe
