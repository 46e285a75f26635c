// SPDX-License-Identifier: GPL-3.0-or-later
// The app on the desktop: settings, light and dark, crisp icons,
// notifications from the background, the About box and the network log.
#include "AppTestSupport.h"

#include "common/AfterFirstPaint.h"
#include "common/Notifier.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "shell/BackgroundNotifications.h"
#include "shell/SettingsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QIcon>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

using namespace deai;
using namespace deai::test;

namespace {

class RecordingNotifier final : public Notifier
{
public:
    void notify(const QString &title, const QString &body) override
    {
        notes.append(title + QLatin1Char('\n') + body);
    }
    QStringList notes;
};

QAction *actionNamed(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

template<typename T>
T *waitForChild(QWidget *parent, const char *name)
{
    T *child = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        child = parent->findChild<T *>(QString::fromLatin1(name));
        return child && child->isVisible();
    });
    return shown ? child : nullptr;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { resetAppState(); }

    void settingsDialogSavesEveryChoice()
    {
        SettingsDialog dialog;
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
        auto *timeout = dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"));
        QVERIFY(language && theme && timeout);
        // System default, English, then every shipped translation.
        QCOMPARE(language->count(), 2 + shippedTranslations().size());
        QVERIFY(language->findText(QStringLiteral("Deutsch")) >= 0);
        QVERIFY(language->findText(QStringLiteral("简体中文")) >= 0);
        QCOMPARE(language->currentIndex(), 0);
        QCOMPARE(theme->count(), 3);

        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        timeout->setValue(123);
        dialog.accept();

        const QSettings settings;
        QCOMPARE(settings.value(kLanguageSettingKey).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.value(kThemeSettingKey).toString(), QStringLiteral("dark"));
        QCOMPARE(requestTimeoutSetting(), std::chrono::milliseconds(123000));

        SettingsDialog reopened;
        QCOMPARE(reopened.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData(),
                 QVariant(QStringLiteral("zh_CN")));
        QCOMPARE(reopened.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->value(), 123);
    }

    void settingsMenuOpensTheDialogAndAppliesTheTimeout()
    {
        SignedInApp app;
        QVERIFY(app.isStarted());
        QAction *settings = actionNamed(app.window.get(), "actionSettings");
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        settings->trigger();
        auto *dialog = waitForChild<SettingsDialog>(app.window.get(), "settingsDialog");
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(42);
        dialog->accept();
        QCOMPARE(app.backend.api()->inactivityTimeout(), std::chrono::milliseconds(42000));
        applyTheme(Theme::System);
    }

    void darkAndLightPalettesFollowTheChoice()
    {
        QVERIFY(systemPrefersDark(darkPalette()));
        QVERIFY(!systemPrefersDark(lightPalette()));
        applyTheme(Theme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 150);
        applyTheme(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() < 100);
        applyTheme(Theme::System);
    }

    void themeSettingRoundTrips()
    {
        for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark})
            QCOMPARE(themeForSetting(settingForTheme(theme)), theme);
        QCOMPARE(themeForSetting(QStringLiteral("nonsense")), Theme::System);
    }

    void svgIconsRenderSharpAtDoubleScale()
    {
        Q_INIT_RESOURCE(icons);
        const QIcon icon(QStringLiteral(":/icons/app.svg"));
        QVERIFY(!icon.isNull());
        // A raster icon engine never scales up; the SVG engine draws any size.
        QCOMPARE(icon.pixmap(QSize(512, 512)).size(), QSize(512, 512));
        const QPixmap doubled = icon.pixmap(QSize(32, 32), 2.0);
        QCOMPARE(doubled.size(), QSize(64, 64));
        QCOMPARE(doubled.devicePixelRatio(), 2.0);
        // Drawn at 64 pixels, not a 32-pixel image blown up: the two differ.
        const QImage sharp = doubled.toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage blown = icon.pixmap(QSize(32, 32), 1.0)
                                 .toImage()
                                 .scaled(64, 64)
                                 .convertToFormat(QImage::Format_ARGB32);
        QVERIFY(sharp != blown);
    }

    void notifiesOnlyWhileTheWindowIsInTheBackground()
    {
        ApiClient api;
        QWidget window;
        RecordingNotifier notifier;
        BackgroundNotifications notifications(&api, &window, &notifier);
        // The inference call returning is not its result arriving.
        Q_EMIT api.exchangeFinished(QStringLiteral("deAI/inference"), 200, 10,
                                    std::chrono::milliseconds(5));
        QVERIFY(notifier.notes.isEmpty());
        notifications.onInferenceResultArrived();
        Q_EMIT api.exchangeFinished(QStringLiteral("deAI/uploadFile"), 200, 10,
                                    std::chrono::milliseconds(5));
        Q_EMIT api.exchangeFinished(QStringLiteral("deAI/uploadFile"), 500, 10,
                                    std::chrono::milliseconds(5));
        Q_EMIT api.exchangeFinished(QStringLiteral("user/userInfo"), 200, 10,
                                    std::chrono::milliseconds(5));
        QCOMPARE(notifier.notes.size(), 2);
        QVERIFY(notifier.notes.at(0).startsWith(QStringLiteral("Inference finished")));
        QVERIFY(notifier.notes.at(1).startsWith(QStringLiteral("Upload finished")));

        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        notifications.onInferenceResultArrived();
        Q_EMIT api.exchangeFinished(QStringLiteral("deAI/uploadFile"), 200, 10,
                                    std::chrono::milliseconds(5));
        QCOMPARE(notifier.notes.size(), 2);
    }

    void launchWorkWaitsForTheFirstPaint()
    {
        // A widget that counts its paints, and work that must come after the first.
        class CountingWidget : public QWidget
        {
        public:
            int paints = 0;

        protected:
            void paintEvent(QPaintEvent *) override { ++paints; }
        };
        CountingWidget window;
        window.resize(200, 100);
        window.show();
        int paintsSeenByWork = -1;
        int runs = 0;
        callAfterFirstPaint(&window, std::chrono::milliseconds(60000), [&] {
            paintsSeenByWork = window.paints;
            ++runs;
        });
        QCOMPARE(runs, 0); // never at once
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(runs, 1);
        QVERIFY(paintsSeenByWork >= 1);
        // Later exposures do not run it again.
        window.hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        QCOMPARE(runs, 1);

        // A window that is never shown still gets its work done, after the fallback.
        QWidget hidden;
        int hiddenRuns = 0;
        callAfterFirstPaint(&hidden, std::chrono::milliseconds(20), [&] { ++hiddenRuns; });
        QCOMPARE(hiddenRuns, 0);
        QTRY_COMPARE(hiddenRuns, 1);
        QTest::qWait(50);
        QCOMPARE(hiddenRuns, 1);
    }

    void aboutBoxNamesVersionsLicenceAndIcon()
    {
        SignedInApp app;
        QVERIFY(app.isStarted());
        actionNamed(app.window.get(), "actionAbout")->trigger();
        auto *box = waitForChild<QMessageBox>(app.window.get(), "aboutBox");
        QVERIFY(box);
        const QString text = box->text();
        QVERIFY(text.contains(QStringLiteral(DEAI_VERSION_STRING)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
        QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text.contains(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
        QVERIFY(!box->iconPixmap().isNull());
        QVERIFY(box->defaultButton());
        box->close();
    }

    void networkLogListsEveryRequestWithoutSecrets()
    {
        SignedInApp app;
        QVERIFY(app.isStarted());
        QVERIFY(app.signInThroughDialog());
        actionNamed(app.window.get(), "actionNetworkLog")->trigger();
        auto *log = waitForChild<QPlainTextEdit>(app.window.get(), "networkLogText");
        QVERIFY(log);
        QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("user/genToken")));
        const QStringList lines = log->toPlainText().split(QLatin1Char('\n'));
        const QRegularExpression line(
            QStringLiteral(R"(^\d\d:\d\d:\d\d\.\d\d\d  \S+  HTTP \d+  \d+ bytes  \d+ ms$)"));
        for (const QString &entry : lines)
            QVERIFY2(line.match(entry).hasMatch(), qPrintable(entry));
        const QString text = log->toPlainText();
        QVERIFY(!text.contains(QStringLiteral("correct horse battery")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral(R"(eyJ[\w-]+\.[\w-]+)"))));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
