#include "ui/teaching/SegmentationComparison.h"

#include <QGridLayout>
#include <QLabel>
#include <QPixmap>

#include <algorithm>

namespace crossseg::ui {

namespace {

const QColor kClassColours[] = {{230, 60, 60},  {60, 200, 80},  {70, 120, 240}, {240, 200, 40},
                                {200, 80, 220}, {60, 210, 220}, {250, 140, 40}};

} // namespace

SegmentationComparison::SegmentationComparison(QWidget* parent) : QWidget(parent) {
    grid_ = new QGridLayout(this);
}

int SegmentationComparison::mostInformativeSlice(const LabelVolume& reference) {
    const auto& g = reference.geometry();
    if (reference.empty()) return 0;
    int best = static_cast<int>(g.size[2] / 2);
    std::size_t bestCount = 0;
    const std::size_t sliceSize = g.size[0] * g.size[1];
    for (std::size_t k = 0; k < g.size[2]; ++k) {
        const auto begin = reference.voxels().begin() + k * sliceSize;
        const std::size_t count = sliceSize - std::count(begin, begin + sliceSize, 0);
        if (count > bestCount) {
            bestCount = count;
            best = static_cast<int>(k);
        }
    }
    return best;
}

QImage SegmentationComparison::render(const ImageVolume& image, int slice, const LabelVolume* labels) {
    const auto& g = image.geometry();
    const int w = static_cast<int>(g.size[0]), h = static_cast<int>(g.size[1]);
    const std::size_t offset = static_cast<std::size_t>(slice) * w * h;
    // Window from the slice's own 1st and 99th percentiles: works for HU and for 8-bit windowed CT alike.
    std::vector<float> values(image.voxels().begin() + offset, image.voxels().begin() + offset + w * h);
    std::vector<float> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const float low = sorted[sorted.size() / 100], high = std::max(low + 1e-3f, sorted[sorted.size() * 99 / 100]);
    QImage out(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        auto* row = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const std::size_t i = static_cast<std::size_t>(y) * w + x;
            const int grey = std::clamp(static_cast<int>(255.0f * (values[i] - low) / (high - low)), 0, 255);
            QColor colour(grey, grey, grey);
            const int label = labels && !labels->empty() ? labels->voxels()[offset + i] : 0;
            if (label > 0) {
                const QColor& c = kClassColours[(label - 1) % 7];
                // 50 % blend keeps the anatomy visible under the label.
                colour = QColor((grey + c.red()) / 2, (grey + c.green()) / 2, (grey + c.blue()) / 2);
            }
            row[x] = colour.rgb();
        }
    }
    // Physical aspect ratio from the spacing.
    const double aspect = g.spacing[1] / g.spacing[0];
    return out.scaled(w * 2, static_cast<int>(h * 2 * aspect), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

void SegmentationComparison::showSlices(const ImageVolume& image, int slice, const std::vector<Entry>& entries) {
    while (QLayoutItem* item = grid_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    panelCount_ = 0;
    const int columns = std::min<int>(3, std::max<int>(1, static_cast<int>(entries.size())));
    for (const Entry& entry : entries) {
        auto* picture = new QLabel(this);
        picture->setPixmap(QPixmap::fromImage(render(image, slice, entry.labels)).scaled(
            260, 260, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        picture->setAlignment(Qt::AlignCenter);
        auto* caption = new QLabel(entry.caption, this);
        caption->setAlignment(Qt::AlignCenter);
        const int r = (panelCount_ / columns) * 2, c = panelCount_ % columns;
        grid_->addWidget(picture, r, c);
        grid_->addWidget(caption, r + 1, c);
        // A layout only schedules new children of a visible widget to be shown; show them now so that a grab
        // right after (screenshots) already has them.
        picture->show();
        caption->show();
        ++panelCount_;
    }
}

} // namespace crossseg::ui
