// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/LstmWindows.h"
#include "dataset/WindowDiagramWidget.h"

#include <QImage>
#include <QLocale>
#include <QTest>

using namespace deai;

namespace {

// Input cells are filled with the palette's highlight, so finding it shows the window was drawn.
bool containsColour(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                return true;
        }
    }
    return false;
}

} // namespace

class TestWindowDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsFollowTheSettings()
    {
        WindowDiagramWidget diagram;
        diagram.resize(480, diagram.sizeHint().height());
        diagram.setTrainShard(0.7);
        diagram.setRowCount(100);
        diagram.setSettings({6, 1, 1, 1, 1});

        // 70 training rows and 30 validation rows; a window spans 7 rows, so 64 and 24 fit.
        QVERIFY(diagram.hasWindows());
        QVERIFY2(diagram.countsText().contains(QStringLiteral("Training: 64 window")),
                 qPrintable(diagram.countsText()));
        QVERIFY(diagram.countsText().contains(QStringLiteral("Validation: 24 window")));
        QVERIFY(diagram.accessibleDescription().contains(QStringLiteral("6 input row")));
        QVERIFY(
            containsColour(diagram.grab().toImage(), diagram.palette().color(QPalette::Highlight)));

        const LstmWindowSettings strided{24, 24, 24, 3, 2};
        diagram.setSettings(strided);
        const WindowCounts counts = countWindows(100, strided, 0.7);
        QVERIFY(diagram.countsText().contains(QLocale().toString(counts.trainingWindows)));
        QVERIFY(diagram.accessibleDescription().contains(QStringLiteral("sampling rate 2")));
        QVERIFY(!diagram.grab().isNull());
    }

    void saysWhenThereIsNoWindow()
    {
        WindowDiagramWidget diagram;
        diagram.setRowCount(100);
        diagram.setTrainShard(0.7);
        const LstmWindowSettings tooLong{80, 1, 1, 1, 1};
        diagram.setSettings(tooLong);

        QVERIFY(!diagram.hasWindows());
        const QString expected = validateWindowSettings(100, tooLong, 0.7);
        QVERIFY(!expected.isEmpty());
        QVERIFY(diagram.countsText().contains(expected));
        QVERIFY(diagram.accessibleDescription().contains(expected));

        diagram.setSettings({6, 1, 1, 1, 1});
        QVERIFY(diagram.hasWindows());
        QVERIFY(!diagram.countsText().contains(expected));
    }

    void labelsWiderThanTheWindowDrawNothing()
    {
        WindowDiagramWidget diagram;
        diagram.setRowCount(100);
        diagram.setSettings({2, 5, 1, 1, 1});
        QVERIFY(!diagram.hasWindows());
        QVERIFY(diagram.countsText().contains(QStringLiteral("(5)")));
        QVERIFY(!containsColour(diagram.grab().toImage(),
                                diagram.palette().color(QPalette::Highlight)));
    }

    void waitsForTheRowCount()
    {
        WindowDiagramWidget diagram;
        diagram.setSettings({6, 1, 1, 1, 1});
        QVERIFY(!diagram.hasWindows());
        QVERIFY(!diagram.countsText().contains(QStringLiteral("Training")));
        diagram.setRowCount(100);
        QVERIFY(diagram.hasWindows());
    }
};

QTEST_MAIN(TestWindowDiagram)
#include "tst_datasetpreview_window.moc"
