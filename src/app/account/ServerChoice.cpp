// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ServerChoice.h"

#include <QCoreApplication>

namespace deai {

QString ServerChoice::recordKey(const QUrl &baseUrl) const
{
    if (kind == Kind::Sandbox)
        return QStringLiteral("sandbox");
    return baseUrl.toString(QUrl::StripTrailingSlash);
}

QString ServerChoice::description() const
{
    switch (kind) {
    case Kind::Phoenix:
        return QCoreApplication::translate("ServerChoice", "Phoenix network");
    case Kind::Sandbox:
        return QCoreApplication::translate("ServerChoice", "Sandbox (local, no CCD spent)");
    case Kind::Custom:
        break;
    }
    return customUrl.toDisplayString();
}

QString ServerChoice::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Phoenix:
        return QStringLiteral("phoenix");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

ServerChoice::Kind ServerChoice::kindFromName(const QString &name)
{
    if (name == QLatin1String("phoenix"))
        return Kind::Phoenix;
    if (name == QLatin1String("custom"))
        return Kind::Custom;
    return Kind::Sandbox;
}

} // namespace deai
