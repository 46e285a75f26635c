// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/LstmWindows.h"

#include <QWidget>

namespace deai {

// Paints one LSTM window as a row of cells: inputs, then the rows skipped, then labels
// (which overlap the inputs when label_width exceeds shift), with the shift marked below.
class WindowDiagramCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit WindowDiagramCanvas(QWidget *parent = nullptr);

    void setSettings(const LstmWindowSettings &settings);
    // Empty when the settings describe a window that can be drawn.
    static QString shapeProblem(const LstmWindowSettings &settings);
    static QString describe(const LstmWindowSettings &settings);
    // "1 row", "24 rows", in the user's language.
    static QString rowCount(qint64 rows);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintLegend(QPainter &painter, const QRect &area) const;
    void paintCells(QPainter &painter, const QRect &area) const;
    void paintShift(QPainter &painter, const QRect &cells, int top) const;
    QColor inputColor() const;
    QColor labelColor() const;

    LstmWindowSettings m_settings;
};

} // namespace deai
