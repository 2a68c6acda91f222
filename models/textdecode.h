#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cpe {

// Turns the bytes of a file whose encoding nobody stated into text.
//
// Order of trust: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); then strict UTF-8 (which
// also covers plain ASCII); then UTF-8 with at most one bad sequence per thousand characters
// among many good ones, the bad ones replaced by U+FFFD ("UTF-8 (repaired)"); then a charset the
// file declares itself (an HTML <meta charset>), if it decodes without errors; then GB18030 (a
// superset of GBK and GB2312), accepted only when it decodes without errors and most non-ASCII
// characters come out as Chinese; then Windows-1252, accepted only when the bytes look like Western
// text (few high bytes, none of the five bytes 1252 leaves undefined). Anything else is reported as
// undecodable: guessing further would feed the extractor mojibake.
//
// Binary data is refused before any of this: NUL bytes (outside UTF-16) or many control
// characters. UTF-16 without a BOM is recognised by its NUL bytes at every other position.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 BOM", "UTF-8 (repaired)", "UTF-16LE", "UTF-16BE",
                      // "GB18030", "Windows-1252", or a charset an HTML page declared
    QString error; // set when decoding failed; a short phrase for the user
    bool ok() const { return error.isEmpty(); }
};

DecodedText decodeText(QByteArrayView bytes, QByteArrayView declaredCharset = {});

// Whether the bytes look like binary data rather than text in an 8-bit or UTF-8 encoding.
bool looksBinary(QByteArrayView bytes);

// The charset an HTML document declares in its first few kilobytes (<meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">), lower case; empty if none.
QByteArray sniffHtmlCharset(QByteArrayView head);

// Fraction-free, allocation-free language guess over the first few thousand characters:
// "zh" when Han characters outweigh Latin letters, else "en".
QString detectLanguage(QStringView text);

// Whether the text holds a surrogate without its pair: such UTF-16 is broken, and PCRE refuses
// it as a subject, so the dating's narrowed searches give way to the whole text there to keep
// what a search of it would find (nothing).
bool hasLoneSurrogate(QStringView text);

inline bool isHan(char16_t c)
{
    return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

} // namespace cpe
