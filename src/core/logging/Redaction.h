// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace deai {

// Masks secrets in a line of text: JWT-looking strings (three base64url
// segments), the value of a "token" header or field, and the values of
// "passwd" / "password" fields.
QString redactSecrets(QString text);

// Installs a Qt message handler that redacts every message, then passes it to
// the handler that was installed before and, when given, appends it to
// logFilePath. Returns false if the log file cannot be opened; the handler is
// installed anyway.
bool installRedactingMessageHandler(const std::optional<QString> &logFilePath = std::nullopt);

} // namespace deai
