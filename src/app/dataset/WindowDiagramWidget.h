// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/LstmWindows.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace deai {

class WindowDiagramCanvas;

// Shows what the LSTM window fields mean for this dataset: one window drawn to scale and
// how many training and validation windows the rows give, or why they give none.
class WindowDiagramWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WindowDiagramWidget(QWidget *parent = nullptr);

    LstmWindowSettings settings() const { return m_settings; }
    QString countsText() const;
    // True when the rows are known and the settings give a training and a validation window.
    bool hasWindows() const { return m_hasWindows; }

public Q_SLOTS:
    void setSettings(const deai::LstmWindowSettings &settings);
    // 0 while the dataset has not been inspected.
    void setRowCount(qint64 rows);
    void setTrainShard(double trainShard);

private:
    void refresh();

    LstmWindowSettings m_settings;
    qint64 m_rows = 0;
    double m_trainShard = 0.7;
    bool m_hasWindows = false;
    WindowDiagramCanvas *m_canvas;
    QLabel *m_countsLabel;
};

} // namespace deai
