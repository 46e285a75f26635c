// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <variant>

namespace deai::sandbox {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart
{
    QByteArray name;        // the form field name
    QString fileName;       // as the client sent it, not sanitised; empty if none
    QByteArray contentType; // empty if the part did not say
    QByteArray data;
};

struct MultipartError
{
    QString message; // one sentence that names what is wrong with the body
};

// A pure parser of multipart/form-data: bytes and the Content-Type header in,
// parts or an error out. It owns no state and touches no I/O, so it can be
// fuzzed and unit tested on its own.
class MultipartParser
{
public:
    using Result = std::variant<QList<MultipartPart>, MultipartError>;

    static Result parse(QByteArrayView body, QByteArrayView contentType);

    // The boundary parameter of a multipart/form-data Content-Type, or empty.
    static QByteArray boundaryOf(QByteArrayView contentType);
};

} // namespace deai::sandbox
