// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs each main view of the real window on an in-process sandbox:
//   deai-screenshots <folder> <light|dark> <en|de|zh_CN>
// scripts/screenshots.sh runs it for every look and language.
#include "AppTestSupport.h"

#include "common/Theme.h"
#include "common/Translations.h"
#include "results/ResultViewer.h"
#include "results/ResultViewerDialog.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QWizard>

#include <cstdio>

using namespace deai;
using namespace deai::test;

namespace {

bool save(QWidget *widget, const QString &folder, const QString &name, const QString &suffix)
{
    QTest::qWait(300); // lets layouts and the first paint settle
    const QString path = QDir(folder).filePath(name + suffix + QStringLiteral(".png"));
    const bool saved = widget->grab().save(path);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "could not write",
                 qPrintable(path));
    return saved;
}

template<typename T>
T *wizardChild(QWizard *wizard, const char *name)
{
    return wizard->findChild<T *>(QString::fromLatin1(name));
}

bool waitForNext(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    return QTest::qWaitFor([next] { return next->isEnabled(); }, 60000);
}

// From the model page: picks the model, chooses the sample data, pictures the
// dataset page once its check is shown, uploads, and pictures the parameters.
bool showSampleDataPages(QWizard *wizard, bool lstm, const QString &folder, const QString &suffix)
{
    const QString model = lstm ? QStringLiteral("lstm") : QStringLiteral("cnn");
    wizardChild<QRadioButton>(wizard, lstm ? "lstmRadioButton" : "cnnRadioButton")->setChecked(true);
    wizardChild<QLineEdit>(wizard, "jobNameEdit")->setText(lstm ? QStringLiteral("weather")
                                                                : QStringLiteral("shapes"));
    wizard->next();
    wizardChild<QPushButton>(wizard, "useSampleButton")->click();
    auto *preview = wizardChild<QWidget>(wizard, "datasetPreview");
    if (!preview || !QTest::qWaitFor([preview] { return preview->isVisible(); }, 60000))
        return false;
    QTest::qWait(500); // the check fills the preview as it reads the files
    bool ok = save(wizard, folder, QStringLiteral("wizard-dataset-") + model, suffix);
    wizardChild<QPushButton>(wizard, "uploadButton")->click();
    if (!waitForNext(wizard))
        return false;
    wizard->next();
    return save(wizard, folder, QStringLiteral("wizard-parameters-") + model, suffix) && ok;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(icons);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: deai-screenshots <folder> <light|dark> <en|de|zh_CN>\n");
        return 2;
    }
    const QString folder = args.at(1);
    const QString suffix = QLatin1Char('-') + args.at(2) + QLatin1Char('-') + args.at(3);
    QDir().mkpath(folder);
    installTranslations(&app, QLocale(args.at(3)));
    applyTheme(themeForSetting(args.at(2)));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    SignedInApp session;
    if (!session.isStarted())
        return 1;
    session.window->resize(1000, 700);
    bool ok = true;
    QWidget *signIn = nullptr;
    const bool signInShown = QTest::qWaitFor([&] {
        signIn = session.window->findChild<QWidget *>(QStringLiteral("signInDialog"));
        return signIn && signIn->isVisible();
    });
    ok = signInShown && save(signIn, folder, QStringLiteral("sign-in"), suffix) && ok;
    if (!session.signInThroughDialog())
        return 1;
    const std::optional<JobRecord> job = session.addCreatedJob(QStringLiteral("climate"));
    if (!job)
        return 1;

    // One inference through the jobs page, so that it, the history and the result have
    // something to show.
    auto *tabs = session.find<QTabWidget>("areaTabs");
    tabs->setCurrentIndex(MainWindow::JobsArea);
    auto *jobsTable = session.find<QTableView>("jobsTable");
    if (!QTest::qWaitFor([jobsTable] { return jobsTable->model()->rowCount() > 0; }))
        return 1;
    jobsTable->selectRow(0);
    const QString data = session.filePath(QStringLiteral("climate-next-week.csv"));
    if (!writeSeriesCsv(data, 60))
        return 1;
    session.find<QLineEdit>("dataFileEdit")->setText(data);
    session.find<QPushButton>("runInferenceButton")->click();
    auto *result = session.find<QWidget>("resultGroup");
    if (!QTest::qWaitFor([result] { return result->isVisible(); }, 60000))
        return 1;

    const QStringList areas{QStringLiteral("new-job"), QStringLiteral("jobs"),
                            QStringLiteral("history")};
    auto *history = session.find<QTableView>("historyTable");
    for (int area = 0; area < areas.size(); ++area) {
        tabs->setCurrentIndex(area);
        // Coming to the history asks the server for the inference just run.
        if (area == MainWindow::HistoryArea
            && !QTest::qWaitFor([history] { return history->model()->rowCount() > 0; }))
            return 1;
        ok = save(session.window.get(), folder, areas.at(area), suffix) && ok;
    }
    tabs->setCurrentIndex(MainWindow::JobsArea);
    session.prompter.savePath = session.filePath(QStringLiteral("climate-result.csv"));
    session.find<QPushButton>("viewResultButton")->click();
    auto *viewer = session.find<ResultViewerDialog>("resultViewerDialog");
    const bool viewerShown =
        viewer && QTest::qWaitFor([viewer] { return viewer->viewer()->result().isValid(); });
    ok = viewerShown && save(viewer, folder, QStringLiteral("result"), suffix) && ok;
    if (viewer)
        viewer->close();

    tabs->setCurrentIndex(MainWindow::NewJobArea);
    session.window->startTrainingWizard();
    auto *wizard = session.window->findChild<QWizard *>(QStringLiteral("trainingWizard"));
    if (!wizard || !save(wizard, folder, QStringLiteral("wizard"), suffix))
        return 1;
    // Each model once more with the sample data: the dataset check, then the
    // parameters it proposes (CNN) or the window it draws (LSTM).
    ok = showSampleDataPages(wizard, false, folder, suffix) && ok;
    wizard->back();
    wizard->back();
    ok = showSampleDataPages(wizard, true, folder, suffix) && ok;
    // The exact cost before anything is spent, then the page that spends it.
    if (!waitForNext(wizard))
        return 1;
    wizard->next();
    ok = waitForNext(wizard) && save(wizard, folder, QStringLiteral("wizard-cost"), suffix) && ok;
    wizard->next();
    ok = save(wizard, folder, QStringLiteral("wizard-create"), suffix) && ok;
    return ok ? 0 : 1;
}
