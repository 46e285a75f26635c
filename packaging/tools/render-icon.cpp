// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders one SVG to a square PNG, so the hicolor PNG sizes
// are always generated from the single SVG source instead of being committed.
//
// usage: deai-render-icon IN.svg OUT.png SIZE

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "deai-render-icon: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Only for Unicode-safe argument decoding; painting on a QImage needs no GUI.
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: deai-render-icon IN.svg OUT.png SIZE"));

    const QString input = args.at(1);
    const QString output = args.at(2);
    bool sizeIsNumber = false;
    const int size = args.at(3).toInt(&sizeIsNumber);
    if (!sizeIsNumber || size < 1 || size > 4096)
        return fail(QStringLiteral("size must be from 1 to 4096, got '%1'").arg(args.at(3)));

    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read SVG '%1'").arg(input));

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter);
    }

    if (!QDir().mkpath(QFileInfo(output).absolutePath()))
        return fail(QStringLiteral("cannot create the folder for '%1'").arg(output));
    if (!image.save(output, "PNG"))
        return fail(QStringLiteral("cannot write PNG '%1'").arg(output));
    return 0;
}
