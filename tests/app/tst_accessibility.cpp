// SPDX-License-Identifier: GPL-3.0-or-later
// Every control tells a screen reader what it is, and the window works from
// the keyboard alone.
#include "AppTestSupport.h"

#include "shell/SettingsDialog.h"
#include "wizard/TrainingWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QWizard>

using namespace deai;
using namespace deai::test;

namespace {

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget)
           || qobject_cast<const QTabWidget *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget)
           || qobject_cast<const QTextEdit *>(widget)
           || (qobject_cast<const QAbstractSlider *>(widget)
               && !qobject_cast<const QScrollBar *>(widget));
}

// Parts Qt builds inside a composite control: the composite carries the name.
bool isPartOfComposite(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QAbstractItemView *>(parent)
            || qobject_cast<const QTabBar *>(parent) || qobject_cast<const QScrollBar *>(parent)
            || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QMenuBar *>(parent))
            return true;
    }
    return false;
}

// What a screen reader announces: the accessible name, a button's text, or
// an edit's buddy label.
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isInteractive(widget) || isPartOfComposite(widget))
            continue;
        if (widget->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractButton *>(widget))
            continue;
        if (spokenName(widget).isEmpty())
            unnamed.append(QStringLiteral("%1 \"%2\"").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    }
    return unnamed;
}

// Tabs from the current focus until it comes back round; answers the object
// names of the widgets that had the focus.
QStringList tabCycle(QWidget *window)
{
    QStringList reached;
    for (int step = 0; step < 60; ++step) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
        focus = QApplication::focusWidget();
        if (!focus)
            break;
        reached.append(focus->objectName());
    }
    return reached;
}

// Tabs once round from the current focus; answers each widget that had it.
QList<QWidget *> tabRound(QWidget *window)
{
    QWidget *start = QApplication::focusWidget();
    QList<QWidget *> reached;
    if (start)
        reached.append(start);
    for (int step = 0; step < 120; ++step) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
        focus = QApplication::focusWidget();
        if (!focus || focus == start)
            break;
        reached.append(focus);
    }
    return reached;
}

// The controls on `page` a keyboard user should be able to reach but Tab
// never gave the focus to. Of a group of radio buttons, Tab reaches the
// checked one and the arrow keys the rest.
QStringList controlsTabMisses(QWidget *page, const QList<QWidget *> &reached)
{
    QStringList missed;
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget) || isPartOfComposite(widget) || !widget->isVisible()
            || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (auto *radio = qobject_cast<QRadioButton *>(widget);
            radio && radio->autoExclusive() && !radio->isChecked())
            continue;
        if (!reached.contains(widget))
            missed.append(widget->objectName());
    }
    return missed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SignedInApp> m_app;

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<SignedInApp>();
        QVERIFY(m_app->isStarted());
    }

    void cleanup() { m_app.reset(); }

    void signInDialogNamesEveryControl()
    {
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app->window->findChild<QWidget *>(QStringLiteral("signInDialog")))
                    && dialog->isVisible());
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        auto *ok = qobject_cast<QPushButton *>(buttons->button(QDialogButtonBox::Ok));
        QVERIFY(ok && ok->isDefault());
    }

    void mainWindowNamesEveryControl()
    {
        QVERIFY(m_app->signInThroughDialog());
        const QStringList unnamed = unnamedControls(m_app->window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void settingsDialogNamesEveryControl()
    {
        SettingsDialog dialog;
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        auto *ok = qobject_cast<QPushButton *>(buttons->button(QDialogButtonBox::Ok));
        QVERIFY(ok && ok->isDefault());
    }

    void wizardPagesNameEveryControl()
    {
        QVERIFY(m_app->signInThroughDialog());
        m_app->window->startTrainingWizard();
        QWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_app->window->findChild<QWizard *>(QStringLiteral("trainingWizard")))
                    && wizard->isVisible());
        QVERIFY(wizard->pageIds().size() >= 4);
        for (const int id : wizard->pageIds()) {
            const QStringList unnamed = unnamedControls(wizard->page(id));
            QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("page %1: %2").arg(id).arg(
                                            unnamed.join(QStringLiteral(", ")))));
        }
        const QStringList unnamed = unnamedControls(wizard);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        wizard->reject();
    }

    void wizardWorksFromTheKeyboardAlone()
    {
        QVERIFY(m_app->signInThroughDialog());
        QVERIFY(m_app->activateWindow());
        m_app->window->startTrainingWizard();
        QWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_app->window->findChild<QWizard *>(QStringLiteral("trainingWizard")))
                    && wizard->isVisible());
        wizard->activateWindow();
        QApplication::setActiveWindow(wizard);
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        QCOMPARE(wizard->currentId(), int(TrainingWizard::ModelPageId));

        // Model page: every control and Cancel are on the Tab round; Next waits for a name.
        QList<QWidget *> reached = tabRound(wizard);
        QStringList missed = controlsTabMisses(wizard->currentPage(), reached);
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u',')));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(reached.contains(wizard->button(QWizard::CancelButton)));

        // Choose LSTM with the arrow keys, name the job, and go on with Return.
        auto *cnn = wizard->findChild<QRadioButton *>(QStringLiteral("cnnRadioButton"));
        auto *lstm = wizard->findChild<QRadioButton *>(QStringLiteral("lstmRadioButton"));
        while (QApplication::focusWidget() != cnn && QApplication::focusWidget() != lstm)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (!lstm->isChecked())
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QVERIFY(lstm->isChecked());
        auto *jobName = wizard->findChild<QLineEdit *>(QStringLiteral("jobNameEdit"));
        while (QApplication::focusWidget() != jobName)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(jobName, QStringLiteral("keyboard-only"));
        QTest::keyClick(jobName, Qt::Key_Return);
        QTRY_COMPARE(wizard->currentId(), int(TrainingWizard::DatasetPageId));

        // Dataset page: type the series' path, upload it with the Space key, go on.
        reached = tabRound(wizard);
        missed = controlsTabMisses(wizard->currentPage(), reached);
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u',')));
        QVERIFY(reached.contains(wizard->button(QWizard::BackButton)));
        const QString series = m_app->filePath(QStringLiteral("keyboard.csv"));
        QVERIFY(writeSeriesCsv(series, 120));
        auto *seriesPath = wizard->findChild<QLineEdit *>(QStringLiteral("seriesPathEdit"));
        while (QApplication::focusWidget() != seriesPath)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(seriesPath, series);
        auto *upload = wizard->findChild<QPushButton *>(QStringLiteral("uploadButton"));
        QTRY_VERIFY(upload->isEnabled());
        while (QApplication::focusWidget() != upload)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(upload, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 60000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(TrainingWizard::ParametersPageId));

        // Parameters page: every field is reachable, and Next once the settings are checked.
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        reached = tabRound(wizard);
        missed = controlsTabMisses(wizard->currentPage(), reached);
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u',')));
        QVERIFY(reached.contains(wizard->button(QWizard::NextButton)));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!wizard->isVisible());
    }

    void tabKeyReachesEachAreasMainControls()
    {
        QVERIFY(m_app->signInThroughDialog());
        QVERIFY(m_app->activateWindow());
        const std::optional<JobRecord> job = m_app->recordJob(QStringLiteral("keyboard"),
                                                              QStringLiteral("job-1"));
        QVERIFY(job);

        m_app->goToArea(MainWindow::NewJobArea);
        QTRY_VERIFY(tabCycle(m_app->window.get()).contains(QStringLiteral("newTrainingJobButton")));

        m_app->goToArea(MainWindow::JobsArea);
        auto *table = m_app->find<QTableView>("jobsTable");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QStringList reached = tabCycle(m_app->window.get());
        QVERIFY2(reached.contains(QStringLiteral("jobsTable")), qPrintable(reached.join(u',')));
        // A job chosen from the keyboard opens its inference controls to the Tab key.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home);
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Up);
        QTRY_VERIFY(m_app->find<QLineEdit>("dataFileEdit")->isEnabled());
        reached = tabCycle(m_app->window.get());
        QVERIFY2(reached.contains(QStringLiteral("dataFileEdit")), qPrintable(reached.join(u',')));

        m_app->goToArea(MainWindow::HistoryArea);
        reached = tabCycle(m_app->window.get());
        QVERIFY2(reached.contains(QStringLiteral("jobCombo")), qPrintable(reached.join(u',')));
        QVERIFY2(reached.contains(QStringLiteral("areaTabs"))
                     || reached.contains(QStringLiteral("qt_tabwidget_tabbar")),
                 qPrintable(reached.join(u',')));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
