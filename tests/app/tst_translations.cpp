// SPDX-License-Identifier: GPL-3.0-or-later
// Every shipped translation is complete, up to date with the sources, and
// actually shows when the app starts in that language.
#include "AppTestSupport.h"

#include "common/Translations.h"

#include <QDirIterator>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QTabWidget>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace deai;
using namespace deai::test;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;       // the translation, or each numerus form
};

// Numerus forms are collected when their translation element closes.
std::optional<QList<TsMessage>> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    QXmlStreamReader xml(&file);
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus"))
                              == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return std::nullopt;
    }
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(DEAI_SOURCE_DIR "/translations/deai_%1.ts").arg(language);
}

const QString kEnglishPluralsPath = QStringLiteral(DEAI_SOURCE_DIR "/translations/plurals/deai_en.ts");

// The app's translatable sources, as the build hands them to lupdate.
QStringList translatableSources()
{
    QStringList files;
    for (const QString &dir : {QStringLiteral(DEAI_SOURCE_DIR "/src/app"),
                               QStringLiteral(DEAI_SOURCE_DIR "/src/core")}) {
        QDirIterator it(dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file != QLatin1String(DEAI_SOURCE_DIR "/src/app/main.cpp"))
                files.append(file);
        }
    }
    QDirIterator forms(QStringLiteral(DEAI_SOURCE_DIR "/ui"), {QStringLiteral("*.ui")},
                       QDir::Files);
    while (forms.hasNext())
        files.append(forms.next());
    return files;
}

QSet<QString> keysOf(const QList<TsMessage> &messages)
{
    QSet<QString> keys;
    for (const TsMessage &message : messages) {
        if (message.translationType != QLatin1String("vanished")
            && message.translationType != QLatin1String("obsolete"))
            keys.insert(message.context + QLatin1Char('\x1f') + message.source);
    }
    return keys;
}

void removeTranslators()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("numerusForms");
        QTest::newRow("de") << QStringLiteral("de") << 2;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, numerusForms);
        QVERIFY(shippedTranslations().contains(language));
        QString error;
        const std::optional<QList<TsMessage>> messages = readTsFile(tsPath(language), &error);
        QVERIFY2(messages, qPrintable(error));
        QVERIFY(!messages->isEmpty());
        QStringList problems;
        for (const TsMessage &message : *messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            if (!message.translationType.isEmpty())
                problems.append(message.translationType + QStringLiteral(" - ") + where);
            else if (message.numerus && message.forms.size() != numerusForms)
                problems.append(QStringLiteral("%1 plural forms - ").arg(message.forms.size())
                                + where);
            else if (std::any_of(message.forms.cbegin(), message.forms.cend(),
                                 [](const QString &form) { return form.trimmed().isEmpty(); }))
                problems.append(QStringLiteral("empty - ") + where);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, first: %2")
                                                    .arg(problems.size())
                                                    .arg(problems.mid(0, 10).join(u'\n'))));
    }

    void everyEnglishCountHasBothForms()
    {
        QString error;
        const std::optional<QList<TsMessage>> messages = readTsFile(kEnglishPluralsPath, &error);
        QVERIFY2(messages, qPrintable(error));
        QVERIFY(!messages->isEmpty());
        for (const TsMessage &message : *messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            QVERIFY2(message.numerus && message.translationType.isEmpty(), qPrintable(where));
            QVERIFY2(message.forms.size() == 2, qPrintable(where));
            for (const QString &form : message.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(!form.contains(QStringLiteral("(s)")) && !form.contains(QStringLiteral("(es)")),
                         qPrintable(form));
            }
        }
    }

    void englishCountsReadNaturally_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << QStringLiteral("en_US");
        QTest::newRow("a language without a translation") << QStringLiteral("fr_FR");
    }

    void englishCountsReadNaturally()
    {
        QFETCH(QString, locale);
        removeTranslators();
        QCOMPARE(installTranslations(qApp, QLocale(locale)), QStringLiteral("en"));
        const auto rows = [](int count) {
            return QCoreApplication::translate("deai::WindowDiagramCanvas", "%Ln row(s)", nullptr,
                                               count);
        };
        QCOMPARE(rows(1), QStringLiteral("1 row"));
        QCOMPARE(rows(24), QStringLiteral("24 rows"));
        QCOMPARE(QCoreApplication::translate("deai::CnnPreviewPage", "%Ln grey image(s)", nullptr, 1),
                 QStringLiteral("1 grey image"));
        removeTranslators();
        QLocale::setDefault(QLocale::c());
    }

    void translationsAreUpToDateWithTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString list = dir.filePath(QStringLiteral("sources.lst"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write(translatableSources().join(u'\n').toUtf8());
        listFile.close();
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-I"),
                       QStringLiteral(DEAI_SOURCE_DIR "/src/app"), QStringLiteral("-I"),
                       QStringLiteral(DEAI_SOURCE_DIR "/src/core"), QLatin1Char('@') + list,
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const std::optional<QList<TsMessage>> wanted = readTsFile(fresh, &error);
        QVERIFY2(wanted, qPrintable(error));
        QVERIFY(wanted->size() > 50);
        // English carries only the messages with a count, in their two forms.
        QList<TsMessage> counted;
        std::copy_if(wanted->cbegin(), wanted->cend(), std::back_inserter(counted),
                     [](const TsMessage &message) { return message.numerus; });
        QVERIFY(!counted.isEmpty());
        const std::optional<QList<TsMessage>> english = readTsFile(kEnglishPluralsPath, &error);
        QVERIFY2(english, qPrintable(error));
        const QSet<QString> englishMissing = keysOf(counted) - keysOf(*english);
        QVERIFY2(englishMissing.isEmpty(),
                 qPrintable(QStringLiteral("deai_en lacks %1 plural messages, e.g. %2; run the "
                                           "update_translations target")
                                .arg(englishMissing.size())
                                .arg(QStringList(englishMissing.values()).mid(0, 5).join(u'\n'))));
        for (const QString &language : shippedTranslations()) {
            const std::optional<QList<TsMessage>> committed = readTsFile(tsPath(language), &error);
            QVERIFY2(committed, qPrintable(error));
            const QSet<QString> missing = keysOf(*wanted) - keysOf(*committed);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks %2 messages, e.g. %3; run the "
                                               "update_translations target")
                                    .arg(language)
                                    .arg(missing.size())
                                    .arg(QStringList(missing.values()).mid(0, 5).join(u'\n'))));
        }
    }

    void theWindowShowsEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void theWindowShowsEachLanguage()
    {
        QFETCH(QString, language);
        resetAppState();
        QString error;
        const std::optional<QList<TsMessage>> messages = readTsFile(tsPath(language), &error);
        QVERIFY2(messages, qPrintable(error));
        const auto translationOf = [&](const QString &context, const QString &source) {
            for (const TsMessage &message : *messages) {
                if (message.context == context && message.source == source)
                    return message.forms.value(0);
            }
            return QString();
        };

        removeTranslators();
        QCOMPARE(installTranslations(qApp, QLocale(language)), language);
        AppBackend backend;
        TestPrompter prompter;
        MainWindow window(&backend, &prompter);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("areaTabs"));
        QVERIFY(tabs);
        const QString english = QStringLiteral("New training job");
        const QString expected = translationOf(QStringLiteral("MainWindow"), english);
        QVERIFY(!expected.isEmpty());
        QVERIFY(tabs->tabText(MainWindow::NewJobArea) != english);
        QCOMPARE(tabs->tabText(MainWindow::NewJobArea), expected);
        const QString fileMenu = window.menuBar()->actions().value(0)->text();
        QCOMPARE(fileMenu, translationOf(QStringLiteral("MainWindow"), QStringLiteral("&File")));
        removeTranslators();
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
