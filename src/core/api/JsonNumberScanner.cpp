// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/JsonNumberScanner.h"

#include <algorithm>

namespace deai {

namespace {

// Deeper documents are refused rather than risking the stack on hostile input.
constexpr int kMaxDepth = 256;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A single-pass validating JSON reader that only remembers the number found at
// the wanted key path. Any syntax error makes the whole scan fail.
class Scanner
{
public:
    Scanner(QByteArrayView text, const QStringList &path)
        : m_text(text)
        , m_path(path)
    {}

    std::optional<QByteArray> run()
    {
        if (m_path.isEmpty())
            return std::nullopt;
        skipSpace();
        if (!value(0, 0))
            return std::nullopt;
        skipSpace();
        if (m_pos != m_text.size())
            return std::nullopt;
        return m_found;
    }

private:
    QByteArrayView m_text;
    const QStringList &m_path;
    qsizetype m_pos = 0;
    std::optional<QByteArray> m_found;

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool expect(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // pathIndex: how many keys of the path the enclosing objects matched, or
    // -1 once this value lies off the path.
    bool value(int pathIndex, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        switch (peek()) {
        case '{':
            return object(pathIndex, depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number(nullptr);
        }
    }

    bool object(int pathIndex, int depth)
    {
        ++m_pos; // '{'
        skipSpace();
        if (expect('}'))
            return true;
        for (;;) {
            QString key;
            if (!string(&key))
                return false;
            skipSpace();
            if (!expect(':'))
                return false;
            skipSpace();
            const bool onPath =
                pathIndex >= 0 && pathIndex < m_path.size() && key == m_path.at(pathIndex);
            if (onPath && pathIndex == m_path.size() - 1) {
                if (!leafValue(depth))
                    return false;
            } else if (!value(onPath ? pathIndex + 1 : -1, depth)) {
                return false;
            }
            skipSpace();
            if (expect('}'))
                return true;
            if (!expect(','))
                return false;
            skipSpace();
        }
    }

    // The value at the end of the path: remember it if it is a number, and
    // forget an earlier match if a repeated key holds something else.
    bool leafValue(int depth)
    {
        const char c = peek();
        if (c == '-' || isDigit(c)) {
            QByteArray raw;
            if (!number(&raw))
                return false;
            m_found = raw;
            return true;
        }
        m_found.reset();
        return value(-1, depth);
    }

    bool array(int depth)
    {
        ++m_pos; // '['
        skipSpace();
        if (expect(']'))
            return true;
        for (;;) {
            if (!value(-1, depth))
                return false;
            skipSpace();
            if (expect(']'))
                return true;
            if (!expect(','))
                return false;
            skipSpace();
        }
    }

    bool literal(const char *word)
    {
        const QByteArrayView expected(word);
        if (m_text.sliced(m_pos).first(std::min(m_text.size() - m_pos, expected.size())) !=
            expected)
            return false;
        m_pos += expected.size();
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (isDigit(peek()))
            ++m_pos;
        return m_pos > start;
    }

    bool number(QByteArray *raw)
    {
        const qsizetype start = m_pos;
        expect('-');
        if (expect('0')) {
            if (isDigit(peek()))
                return false; // leading zeros are not JSON
        } else if (!digits()) {
            return false;
        }
        if (expect('.') && !digits())
            return false;
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return false;
        }
        if (raw)
            *raw = m_text.sliced(start, m_pos - start).toByteArray();
        return true;
    }

    // Reads a string, decoding it into decoded when asked (object keys only).
    bool string(QString *decoded)
    {
        if (!expect('"'))
            return false;
        qsizetype runStart = m_pos;
        auto flushRun = [&] {
            if (decoded)
                decoded->append(QString::fromUtf8(m_text.sliced(runStart, m_pos - runStart)));
        };
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                flushRun();
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flushRun();
            ++m_pos;
            if (!escape(decoded))
                return false;
            runStart = m_pos;
        }
        return false;
    }

    bool escape(QString *decoded)
    {
        if (atEnd())
            return false;
        const char c = m_text[m_pos++];
        QChar out;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out = QLatin1Char(c);
            break;
        case 'b':
            out = QLatin1Char('\b');
            break;
        case 'f':
            out = QLatin1Char('\f');
            break;
        case 'n':
            out = QLatin1Char('\n');
            break;
        case 'r':
            out = QLatin1Char('\r');
            break;
        case 't':
            out = QLatin1Char('\t');
            break;
        case 'u': {
            if (m_text.size() - m_pos < 4)
                return false;
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int nibble = hexValue(m_text[m_pos++]);
                if (nibble < 0)
                    return false;
                unit = static_cast<char16_t>(unit * 16 + nibble);
            }
            // Surrogate halves are kept as they come; a pair decodes to one
            // character once both halves are in the string.
            out = QChar(unit);
            break;
        }
        default:
            return false;
        }
        if (decoded)
            decoded->append(out);
        return true;
    }
};

} // namespace

std::optional<QByteArray> rawJsonNumber(QByteArrayView json, const QStringList &keyPath)
{
    return Scanner(json, keyPath).run();
}

std::optional<QByteArray> rawJsonUnsignedInteger(QByteArrayView json, const QStringList &keyPath)
{
    auto raw = rawJsonNumber(json, keyPath);
    if (!raw || !std::all_of(raw->cbegin(), raw->cend(), isDigit))
        return std::nullopt;
    return raw;
}

} // namespace deai
