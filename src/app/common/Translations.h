// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace deai {

// The languages the app ships besides English, its source language, as
// locale names: "de", "zh_CN".
QStringList shippedTranslations();

// The locale to use for a language setting: empty means follow the system.
QLocale localeForLanguageSetting(const QString &setting);

// Loads Qt's own qtbase messages and the app's messages for the locale into
// the application. Returns the app language actually installed ("en" when
// the locale has no translation, so the source strings are shown).
QString installTranslations(QCoreApplication *app, const QLocale &locale);

} // namespace deai
