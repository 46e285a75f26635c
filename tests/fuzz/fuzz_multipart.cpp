// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's multipart/form-data parser, which reads every upload. An
// input starting with 'R' is raw: a Content-Type line, then the body. Any
// other input describes parts, which are encoded as a client would send them
// and must be parsed back exactly.
#include "FuzzSupport.h"
#include "http/MultipartParser.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

using deai::sandbox::MultipartParser;
using deai::sandbox::MultipartPart;

constexpr int kMaxGeneratedParts = 5;

// Characters RFC 2046 allows in a boundary, space excepted (it may not end one).
QByteArray generatedBoundary(FuzzedDataProvider &input)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=?";
    const int length = input.ConsumeIntegralInRange(1, 70);
    QByteArray boundary;
    for (int i = 0; i < length; ++i)
        boundary += alphabet[input.ConsumeIntegralInRange<std::size_t>(0, sizeof alphabet - 2)];
    return boundary;
}

// Parameter values are quoted; quotes, backslashes and line breaks are kept
// out because browsers percent-encode them.
QByteArray generatedValue(FuzzedDataProvider &input, std::size_t maxLength)
{
    QByteArray value = QByteArray::fromStdString(input.ConsumeRandomLengthString(maxLength));
    value.replace('"', '_').replace('\\', '_').replace('\r', '_').replace('\n', '_');
    return value;
}

void checkRoundTrip(FuzzedDataProvider &input)
{
    const QByteArray boundary = generatedBoundary(input);
    const QByteArray delimiter = "\r\n--" + boundary;
    QList<MultipartPart> sent;
    QByteArray body = QByteArray::fromStdString(input.ConsumeRandomLengthString(32));
    while (body.contains("--" + boundary))
        body.replace("--" + boundary, "");
    if (!body.isEmpty())
        body += "\r\n"; // the preamble ends with the CRLF of the first delimiter

    const int partCount = input.ConsumeIntegralInRange(1, kMaxGeneratedParts);
    for (int i = 0; i < partCount; ++i) {
        MultipartPart part;
        part.name = generatedValue(input, 16);
        part.fileName = QString::fromUtf8(generatedValue(input, 32));
        part.contentType = generatedValue(input, 24).trimmed().replace(';', '_');
        part.data = QByteArray::fromStdString(input.ConsumeRandomLengthString(512));
        while (part.data.contains(delimiter))
            part.data.chop(1);
        part.fileName = QString::fromUtf8(part.fileName.toUtf8()); // what the parser can give back

        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + '"';
        if (!part.fileName.isEmpty())
            body += "; filename=\"" + part.fileName.toUtf8() + '"';
        if (!part.contentType.isEmpty())
            body += "\r\nContent-Type: " + part.contentType;
        body += "\r\n\r\n" + part.data + "\r\n";
        sent.append(part);
    }
    body += "--" + boundary + "--\r\n";

    const auto parsed = MultipartParser::parse(body, "multipart/form-data; boundary=\"" + boundary + '"');
    const auto *parts = std::get_if<QList<MultipartPart>>(&parsed);
    DEAI_FUZZ_CHECK(parts != nullptr);
    DEAI_FUZZ_CHECK(parts->size() == sent.size());
    for (qsizetype i = 0; i < sent.size(); ++i) {
        DEAI_FUZZ_CHECK(parts->at(i).name == sent.at(i).name);
        DEAI_FUZZ_CHECK(parts->at(i).fileName == sent.at(i).fileName);
        DEAI_FUZZ_CHECK(parts->at(i).contentType == sent.at(i).contentType);
        DEAI_FUZZ_CHECK(parts->at(i).data == sent.at(i).data);
    }
}

void checkRaw(QByteArrayView input)
{
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView contentType = newline < 0 ? input : input.first(newline);
    const QByteArrayView body = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);

    const QByteArray boundary = MultipartParser::boundaryOf(contentType);
    DEAI_FUZZ_CHECK(boundary.size() <= 70);
    const auto parsed = MultipartParser::parse(body, contentType);
    if (const auto *parts = std::get_if<QList<MultipartPart>>(&parsed)) {
        DEAI_FUZZ_CHECK(!boundary.isEmpty());
        qsizetype dataBytes = 0;
        for (const MultipartPart &part : *parts)
            dataBytes += part.data.size();
        DEAI_FUZZ_CHECK(dataBytes <= body.size());
    } else {
        DEAI_FUZZ_CHECK(!std::get<deai::sandbox::MultipartError>(parsed).message.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = deai::fuzz::bytes(data, size);
    if (input.startsWith('R')) {
        checkRaw(input.sliced(1));
    } else {
        FuzzedDataProvider provider(data, size);
        checkRoundTrip(provider);
    }
    return 0;
}
