// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AppBackend.h"
#include "account/ServerChoice.h"
#include "api/ApiClient.h"
#include "common/AfterFirstPaint.h"
#include "common/Notifier.h"
#include "common/QuitOnSignal.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "common/UserPrompter.h"
#include "logging/Redaction.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

struct Options
{
    std::optional<deai::ServerChoice> server;
    bool debugLogging = false;
    QString logFile;
    int quitAfterMs = 0;
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Phoenix"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("phoenix.global"));
    QCoreApplication::setApplicationName(QStringLiteral("deAI Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEAI_VERSION_STRING));
}

// Parsed before any window system is touched, so --version and --help work
// without a display. Returns an exit code when the program should stop.
std::optional<int> parseOptions(int argc, char **argv, Options &options)
{
    QCoreApplication app(argc, argv);
    describeApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Train models and run inferences on Phoenix's Distributed AI."));
    parser.addHelpOption();
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Show the version."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Use the API at <url> instead of the remembered one."),
        QStringLiteral("url"));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Use the bundled local sandbox; no CCD is spent."));
    const QCommandLineOption logDebug(
        QStringLiteral("log-debug"),
        QCoreApplication::translate("main", "Log debug messages of every deai.* category."));
    const QCommandLineOption logFile(
        QStringLiteral("log-file"),
        QCoreApplication::translate("main", "Also write the log to <path>."),
        QStringLiteral("path"));
    // For scripted runs (tests, screenshots): the app ends by itself, cleanly.
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Quit after <ms> milliseconds."),
        QStringLiteral("ms"));
    parser.addOptions({version, server, sandbox, logDebug, logFile, quitAfter});
    parser.process(app);

    if (parser.isSet(version)) {
        std::printf("deai-studio %s\n", DEAI_VERSION_STRING);
        return 0;
    }
    if (parser.isSet(sandbox)) {
        options.server = deai::ServerChoice{};
    } else if (parser.isSet(server)) {
        const QUrl url = QUrl::fromUserInput(parser.value(server));
        if (!url.isValid()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Not a URL: %1")
                                        .arg(parser.value(server))));
            return 1;
        }
        deai::ServerChoice choice;
        choice.kind = url == deai::ApiClient::productionBaseUrl()
                          ? deai::ServerChoice::Kind::Phoenix
                          : deai::ServerChoice::Kind::Custom;
        choice.customUrl = url;
        options.server = choice;
    }
    options.debugLogging = parser.isSet(logDebug);
    options.logFile = parser.value(logFile);
    options.quitAfterMs = parser.value(quitAfter).toInt();
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (const std::optional<int> exitCode = parseOptions(argc, argv, options))
        return *exitCode;

    QApplication app(argc, argv);
    describeApplication();
    deai::quitOnTerminationSignals(&app);
    // The icons live in the static app library; without this the linker drops them.
    Q_INIT_RESOURCE(icons);
    deai::installTranslations(&app, deai::localeForLanguageSetting(
                                        QSettings().value(deai::kLanguageSettingKey).toString()));
    QGuiApplication::setDesktopFileName(QStringLiteral("global.phoenix.DeaiStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    deai::applyTheme(deai::themeForSetting(QSettings().value(deai::kThemeSettingKey).toString()));

    if (options.debugLogging)
        QLoggingCategory::setFilterRules(QStringLiteral("deai.*.debug=true"));
    // Every line is redacted, whether it goes to the terminal or the file.
    deai::installRedactingMessageHandler(options.logFile.isEmpty()
                                             ? std::nullopt
                                             : std::optional<QString>(options.logFile));

    deai::AppBackend backend;
    if (options.server)
        backend.overrideServer(*options.server);
    deai::MessageBoxPrompter prompter;
    deai::MainWindow window(&backend, &prompter);
    deai::DesktopNotifier notifier;
    window.setNotifier(&notifier);
    window.show();
    // Reading the keychain and starting the sandbox take about 10 ms; done after the first
    // frame, they do not hold back the window.
    deai::callAfterFirstPaint(&window, std::chrono::milliseconds(500),
                              [&backend] { backend.start(); });
    if (options.quitAfterMs > 0)
        QTimer::singleShot(options.quitAfterMs, &window, &QWidget::close);
    return app.exec();
}
