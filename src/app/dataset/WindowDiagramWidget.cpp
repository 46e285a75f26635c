// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/WindowDiagramWidget.h"

#include "dataset/WindowDiagramCanvas.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace deai {

WindowDiagramWidget::WindowDiagramWidget(QWidget *parent)
    : QWidget(parent)
    , m_canvas(new WindowDiagramCanvas(this))
    , m_countsLabel(new QLabel(this))
{
    m_canvas->setObjectName(QStringLiteral("windowDiagramCanvas"));
    m_countsLabel->setObjectName(QStringLiteral("windowCountsLabel"));
    m_countsLabel->setWordWrap(true);
    m_countsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    layout->addWidget(m_countsLabel);
    refresh();
}

QString WindowDiagramWidget::countsText() const
{
    return m_countsLabel->text();
}

void WindowDiagramWidget::setSettings(const LstmWindowSettings &settings)
{
    m_settings = settings;
    refresh();
}

void WindowDiagramWidget::setRowCount(qint64 rows)
{
    m_rows = std::max<qint64>(0, rows);
    refresh();
}

void WindowDiagramWidget::setTrainShard(double trainShard)
{
    m_trainShard = trainShard;
    refresh();
}

void WindowDiagramWidget::refresh()
{
    m_canvas->setSettings(m_settings);
    m_hasWindows = false;

    QString text;
    const QString shapeProblem = WindowDiagramCanvas::shapeProblem(m_settings);
    if (!shapeProblem.isEmpty()) {
        text = shapeProblem;
    } else if (m_rows == 0) {
        text = tr("Inspect the dataset to count the windows these settings give.");
    } else {
        const QString problem = validateWindowSettings(m_rows, m_settings, m_trainShard);
        const WindowCounts counts = countWindows(m_rows, m_settings, m_trainShard);
        text = tr("Training: %Ln window(s) from %1.", nullptr, int(counts.trainingWindows))
                   .arg(WindowDiagramCanvas::rowCount(counts.trainingRows)) +
               QLatin1Char(' ') +
               tr("Validation: %Ln window(s) from %1.", nullptr, int(counts.validationWindows))
                   .arg(WindowDiagramCanvas::rowCount(counts.validationRows));
        if (problem.isEmpty())
            m_hasWindows = true;
        else
            text = problem + QLatin1Char('\n') + text;
    }

    m_countsLabel->setText(text);
    QPalette labelPalette = palette();
    if (!shapeProblem.isEmpty() || (!m_hasWindows && m_rows > 0))
        labelPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_countsLabel->setPalette(labelPalette);
    m_countsLabel->setAccessibleName(tr("Window counts"));
    setAccessibleName(tr("LSTM window"));
    setAccessibleDescription(WindowDiagramCanvas::describe(m_settings) + QLatin1Char(' ') + text);
}

} // namespace deai
