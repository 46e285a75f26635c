// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Translations.h"

#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace deai {

namespace {

// The .qm files are compiled into the app's resources by qt_add_translations.
const QString kAppTranslationsPath = QStringLiteral(":/i18n");

} // namespace

QStringList shippedTranslations()
{
    return {QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QLocale localeForLanguageSetting(const QString &setting)
{
    return setting.isEmpty() ? QLocale::system() : QLocale(setting);
}

QString installTranslations(QCoreApplication *app, const QLocale &locale)
{
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    auto *appTranslator = new QTranslator(app);
    if (!appTranslator->load(locale, QStringLiteral("deai"), QStringLiteral("_"),
                             kAppTranslationsPath)) {
        // English text, which still needs its plural forms from deai_en:
        // "1 row", not "1 row(s)".
        qCDebug(lcApp) << "No translation for" << locale.name() << "- showing English";
        if (appTranslator->load(QStringLiteral("deai_en"), kAppTranslationsPath))
            QCoreApplication::installTranslator(appTranslator);
        else
            delete appTranslator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(appTranslator);
    return appTranslator->language();
}

} // namespace deai
