// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/WindowDiagramCanvas.h"

#include <QPaintEvent>
#include <QPainter>
#include <algorithm>

namespace deai {

namespace {

// Beyond this many rows a window is drawn as bands, since single cells would be too thin.
constexpr qint64 kMaxDrawnCells = 60;
constexpr int kCellHeight = 26;
constexpr int kMargin = 6;

} // namespace

WindowDiagramCanvas::WindowDiagramCanvas(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSettings(m_settings);
}

QString WindowDiagramCanvas::shapeProblem(const LstmWindowSettings &settings)
{
    if (settings.inputWidth < 1 || settings.labelWidth < 1 || settings.shift < 1)
        return tr("Input width, label width and shift must each be at least 1.");
    if (settings.labelWidth > settings.totalWindowSize())
        return tr("No window: the label width (%1) exceeds input width plus shift (%2).")
            .arg(settings.labelWidth)
            .arg(settings.totalWindowSize());
    return {};
}

QString WindowDiagramCanvas::rowCount(qint64 rows)
{
    return tr("%Ln row(s)", nullptr, int(rows));
}

QString WindowDiagramCanvas::describe(const LstmWindowSettings &settings)
{
    const QString problem = shapeProblem(settings);
    if (!problem.isEmpty())
        return problem;

    const qint64 total = settings.totalWindowSize();
    const qint64 labelStart = total - settings.labelWidth;
    QString text = tr("Each window has %1 followed by %2, shift %3.")
                       .arg(tr("%Ln input row(s)", nullptr, settings.inputWidth),
                            tr("%Ln label row(s)", nullptr, settings.labelWidth))
                       .arg(settings.shift);
    if (labelStart > settings.inputWidth)
        text += QLatin1Char(' ') + tr("%Ln row(s) between inputs and labels are skipped.",
                                      nullptr, int(labelStart - settings.inputWidth));
    else if (labelStart < settings.inputWidth)
        text += QLatin1Char(' ') + tr("The last %Ln input row(s) are also labels.", nullptr,
                                      int(settings.inputWidth - labelStart));
    const qint64 span = (total - 1) * std::max(1, settings.samplingRate) + 1;
    text += QLatin1Char(' ') + tr("With sampling rate %1 a window spans %2 of the file; "
                                  "a new window starts every %3.")
                                   .arg(settings.samplingRate)
                                   .arg(rowCount(span), rowCount(settings.sequenceStride));
    return text;
}

void WindowDiagramCanvas::setSettings(const LstmWindowSettings &settings)
{
    m_settings = settings;
    setAccessibleName(tr("LSTM window diagram"));
    setAccessibleDescription(describe(settings));
    update();
}

QSize WindowDiagramCanvas::sizeHint() const
{
    return {420, minimumSizeHint().height()};
}

QSize WindowDiagramCanvas::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {200, 4 * kMargin + 3 * line + kCellHeight + line / 2};
}

QColor WindowDiagramCanvas::inputColor() const
{
    return palette().color(QPalette::Highlight);
}

QColor WindowDiagramCanvas::labelColor() const
{
    // A hue across the wheel from the highlight, at its lightness, stays readable in both
    // light and dark palettes.
    const QColor input = inputColor();
    const int hue = input.hslHue() < 0 ? 30 : (input.hslHue() + 150) % 360;
    return QColor::fromHsl(hue, std::max(120, input.hslSaturation()), input.lightness());
}

void WindowDiagramCanvas::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setClipRect(event->rect());
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);

    const QString problem = shapeProblem(m_settings);
    if (!problem.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, problem);
        return;
    }

    const int line = fontMetrics().height();
    paintLegend(painter, QRect(area.left(), area.top(), area.width(), line));
    const QRect cells(area.left(), area.top() + line + kMargin, area.width(), kCellHeight);
    paintCells(painter, cells);
    paintShift(painter, cells, cells.bottom() + kMargin);
}

void WindowDiagramCanvas::paintLegend(QPainter &painter, const QRect &area) const
{
    const int box = area.height() - 4;
    int x = area.left();
    const auto entry = [&](const QColor &color, const QString &text) {
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(color);
        painter.drawRect(x, area.top() + 2, box, box);
        x += box + 4;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, area.top(), area.right() - x, area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += fontMetrics().horizontalAdvance(text) + 3 * box;
    };
    entry(inputColor(), tr("inputs: %1").arg(m_settings.inputWidth));
    const qint64 gap = m_settings.totalWindowSize() - m_settings.labelWidth - m_settings.inputWidth;
    if (gap > 0)
        entry(palette().color(QPalette::Base), tr("skipped: %1").arg(gap));
    entry(labelColor(), tr("labels: %1").arg(m_settings.labelWidth));
}

void WindowDiagramCanvas::paintCells(QPainter &painter, const QRect &area) const
{
    const qint64 total = m_settings.totalWindowSize();
    const qint64 labelStart = total - m_settings.labelWidth;
    const auto xAt = [&](qint64 cell) {
        return area.left() + int(double(area.width()) * double(cell) / double(total));
    };
    const auto fill = [&](qint64 from, qint64 to) {
        const QRect cellRect(xAt(from), area.top(), xAt(to) - xAt(from), area.height());
        const bool input = from < m_settings.inputWidth;
        const bool label = from >= labelStart;
        painter.fillRect(cellRect, label   ? labelColor()
                                   : input ? inputColor()
                                           : palette().color(QPalette::Base));
        if (input && label)
            painter.fillRect(cellRect, QBrush(inputColor(), Qt::BDiagPattern));
    };

    // Draw runs between the boundaries where a cell's role changes.
    QList<qint64> cuts{0, m_settings.inputWidth, labelStart, total};
    std::sort(cuts.begin(), cuts.end());
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        if (cuts.at(i) < cuts.at(i + 1))
            fill(cuts.at(i), cuts.at(i + 1));
    }

    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    if (total <= kMaxDrawnCells) {
        for (qint64 cell = 1; cell < total; ++cell)
            painter.drawLine(xAt(cell), area.top(), xAt(cell), area.bottom());
    }
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawRect(area.adjusted(0, 0, -1, -1));
}

void WindowDiagramCanvas::paintShift(QPainter &painter, const QRect &cells, int top) const
{
    const qint64 total = m_settings.totalWindowSize();
    const int from =
        cells.left() + int(double(cells.width()) * m_settings.inputWidth / double(total));
    const int to = cells.right();
    const int line = fontMetrics().height();

    painter.setPen(palette().color(QPalette::WindowText));
    const int y = top + line / 4;
    painter.drawLine(from, y, to, y);
    painter.drawLine(from, top, from, y + line / 4);
    painter.drawLine(to, top, to, y + line / 4);
    painter.drawText(QRect(cells.left(), y + 2, cells.width(), line),
                     Qt::AlignRight | Qt::AlignVCenter, tr("shift %1").arg(m_settings.shift));

    const qint64 span = (total - 1) * std::max(1, m_settings.samplingRate) + 1;
    painter.drawText(QRect(cells.left(), y + 2 + line, cells.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("spans %1 (sampling rate %2), next window %3 later")
                         .arg(rowCount(span))
                         .arg(m_settings.samplingRate)
                         .arg(rowCount(m_settings.sequenceStride)));
}

} // namespace deai
