// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/MultipartParser.h"

#include <QCoreApplication>

#include <optional>

namespace deai::sandbox {

namespace {

constexpr qsizetype kMaxHeaderBlock = 16 * 1024;
constexpr qsizetype kMaxParts = 64;
constexpr qsizetype kMaxBoundary = 70; // RFC 2046 section 5.1.1

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::MultipartParser", text);
}

MultipartError error(const char *text)
{
    return MultipartError{tr(text)};
}

// Splits "form-data; name=\"file\"; filename=\"a;b.csv\"" at the semicolons
// that are not inside quotes.
QList<QByteArray> splitParameters(QByteArrayView value)
{
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (quoted && c == '\\' && i + 1 < value.size()) {
            current += value[++i];
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            pieces.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    pieces.append(current.trimmed());
    return pieces;
}

std::optional<QByteArray> parameterValue(const QList<QByteArray> &pieces, QByteArrayView key)
{
    for (const QByteArray &piece : pieces) {
        const qsizetype equals = piece.indexOf('=');
        if (equals < 0)
            continue;
        if (piece.left(equals).trimmed().compare(key, Qt::CaseInsensitive) != 0)
            continue;
        QByteArray value = piece.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2).replace("\\\"", "\"");
        return value;
    }
    return std::nullopt;
}

// Fills name, fileName and contentType from the header block of one part.
std::optional<MultipartError> readPartHeaders(QByteArrayView block, MultipartPart &part)
{
    bool sawDisposition = false;
    for (const QByteArray &line : block.toByteArray().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype colon = trimmed.indexOf(':');
        if (colon <= 0)
            return error("A part header line has no colon; send well-formed multipart/form-data.");
        const QByteArray key = trimmed.left(colon).trimmed().toLower();
        const QByteArray value = trimmed.mid(colon + 1).trimmed();
        if (key == "content-type") {
            part.contentType = value;
        } else if (key == "content-disposition") {
            const QList<QByteArray> pieces = splitParameters(value);
            if (pieces.isEmpty() || pieces.first().toLower() != "form-data")
                return error("A part's Content-Disposition is not form-data.");
            part.name = parameterValue(pieces, "name").value_or(QByteArray());
            part.fileName = QString::fromUtf8(parameterValue(pieces, "filename").value_or(QByteArray()));
            sawDisposition = true;
        }
    }
    if (!sawDisposition)
        return error("A part has no Content-Disposition header naming its form field.");
    return std::nullopt;
}

} // namespace

QByteArray MultipartParser::boundaryOf(QByteArrayView contentType)
{
    const QList<QByteArray> pieces = splitParameters(contentType);
    if (pieces.isEmpty() || pieces.first().toLower() != "multipart/form-data")
        return {};
    const QByteArray boundary = parameterValue(pieces, "boundary").value_or(QByteArray());
    if (boundary.size() > kMaxBoundary)
        return {};
    return boundary;
}

MultipartParser::Result MultipartParser::parse(QByteArrayView body, QByteArrayView contentType)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty())
        return error("The Content-Type must be multipart/form-data with a boundary of 1 to 70 characters.");

    const QByteArray delimiter = "--" + boundary;
    const QByteArray innerDelimiter = "\r\n" + delimiter;

    // The first delimiter may follow a preamble, which is ignored.
    qsizetype position = body.startsWith(delimiter) ? 0 : body.indexOf(innerDelimiter);
    if (position < 0)
        return error("The body does not contain the boundary given in its Content-Type.");
    if (position > 0)
        position += 2;

    QList<MultipartPart> parts;
    while (true) {
        position += delimiter.size();
        if (body.sliced(position).startsWith("--"))
            return parts; // the close delimiter; anything after it is an epilogue
        while (position < body.size() && (body[position] == ' ' || body[position] == '\t'))
            ++position;
        if (!body.sliced(position).startsWith("\r\n"))
            return error("A boundary line is not followed by CRLF; the body is truncated or malformed.");
        position += 2;

        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype blankFirst = body.sliced(position).startsWith("\r\n") ? position : -1;
        const qsizetype blockEnd = blankFirst >= 0 ? blankFirst : headersEnd;
        if (blockEnd < 0 || blockEnd - position > kMaxHeaderBlock)
            return error("A part's headers do not end with an empty line.");

        MultipartPart part;
        if (auto headerError = readPartHeaders(body.sliced(position, blockEnd - position), part))
            return *headerError;
        position = blockEnd + (blankFirst >= 0 ? 2 : 4);

        const qsizetype dataEnd = body.indexOf(innerDelimiter, position);
        if (dataEnd < 0)
            return error("The body ends before the closing boundary; the upload was cut short.");
        part.data = body.sliced(position, dataEnd - position).toByteArray();
        parts.append(std::move(part));
        if (parts.size() > kMaxParts)
            return error("The body has too many parts; send one part named \"file\".");
        position = dataEnd + 2;
    }
}

} // namespace deai::sandbox
