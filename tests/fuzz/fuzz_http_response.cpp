// SPDX-License-Identifier: GPL-3.0-or-later
// The upload's answer is read straight off the socket. Whatever the server
// sends, the reader must not break, must hold no more body than its limit,
// and must reach the same reading whether the bytes come at once or in
// pieces: the first byte of the input picks where they are split.
#include "FuzzSupport.h"
#include "api/HttpResponseReader.h"

namespace {

constexpr qint64 kMaxBody = 4096;

struct Reading
{
    deai::HttpResponseReader::State state;
    int status;
    QByteArray body;
};

Reading readAll(QByteArrayView bytes, qsizetype pieceSize, bool closeAfter)
{
    deai::HttpResponseReader reader(kMaxBody);
    for (qsizetype at = 0; at < bytes.size(); at += pieceSize)
        reader.feed(bytes.sliced(at, std::min(pieceSize, bytes.size() - at)));
    if (closeAfter)
        reader.finishAtClose();
    return {reader.state(), reader.status(), reader.body()};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input = deai::fuzz::bytes(data, size);
    const qsizetype pieceSize = 1 + (std::uint8_t(input.front()) % 17);
    const QByteArrayView answer = input.sliced(1);
    const bool closeAfter = (input.front() & 0x80) != 0;

    const Reading whole = readAll(answer, std::max<qsizetype>(1, answer.size()), closeAfter);
    const Reading pieces = readAll(answer, pieceSize, closeAfter);
    DEAI_FUZZ_CHECK(whole.state == pieces.state);
    DEAI_FUZZ_CHECK(whole.body.size() <= kMaxBody);
    if (whole.state == deai::HttpResponseReader::State::Complete) {
        DEAI_FUZZ_CHECK(whole.status == pieces.status);
        DEAI_FUZZ_CHECK(whole.body == pieces.body);
        DEAI_FUZZ_CHECK(whole.status >= 200 && whole.status <= 999);
    }
    return 0;
}
