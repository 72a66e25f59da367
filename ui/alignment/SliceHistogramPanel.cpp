#include "ui/alignment/SliceHistogramPanel.h"

#include "ui/alignment/IntensityHistogram.h"

#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace crossseg::ui {

SliceHistogramPanel::SliceHistogramPanel(const QString& title, QWidget* parent) : QWidget(parent) {
    titleLabel_ = new QLabel(title, this);
    titleLabel_->setAlignment(Qt::AlignCenter);
    QFont font = titleLabel_->font();
    font.setBold(true);
    titleLabel_->setFont(font);
    imageLabel_ = new QLabel(this);
    imageLabel_->setAlignment(Qt::AlignCenter);
    imageLabel_->setMinimumSize(160, 160);
    imageLabel_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    imageLabel_->setStyleSheet("background: black; color: white;");
    histogram_ = new IntensityHistogram(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(titleLabel_);
    layout->addWidget(imageLabel_, 1);
    layout->addWidget(histogram_);
}

QImage SliceHistogramPanel::toImage(const GraySlice& slice) {
    QImage image(slice.width, slice.height, QImage::Format_Grayscale8);
    for (int y = 0; y < slice.height; ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < slice.width; ++x) {
            const float v = slice.pixels[static_cast<std::size_t>(y) * slice.width + x];
            row[x] = static_cast<uchar>(std::clamp((v + 1.0f) * 127.5f, 0.0f, 255.0f));
        }
    }
    return image;
}

void SliceHistogramPanel::setSlice(const GraySlice& slice) {
    slice_ = slice;
    histogram_->setSlice(slice);
    updatePixmap();
}

void SliceHistogramPanel::setMessage(const QString& message) {
    slice_ = {};
    histogram_->setSlice(slice_);
    imageLabel_->setPixmap({});
    imageLabel_->setText(message);
}

void SliceHistogramPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updatePixmap();
}

void SliceHistogramPanel::updatePixmap() {
    if (slice_.empty()) return;
    // Square pixels: the cache resampled every slice to the same in-plane grid.
    const QPixmap pixmap = QPixmap::fromImage(toImage(slice_));
    imageLabel_->setText({});
    QPixmap scaled = pixmap.scaled(imageLabel_->size() * devicePixelRatioF(), Qt::KeepAspectRatio,
                                   Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(devicePixelRatioF()); // sharp on HiDPI screens
    imageLabel_->setPixmap(scaled);
}

} // namespace crossseg::ui
