#include "ui/dataset/RecentDatasets.h"

#include <QDir>
#include <QSettings>

namespace crossseg::ui {
namespace {
const char* const kKey = "datasets/recent";
}

QStringList RecentDatasets::list() { return QSettings().value(kKey).toStringList(); }

void RecentDatasets::add(const QString& path) {
    const QString clean = QDir::cleanPath(path);
    QStringList paths = list();
    paths.removeAll(clean);
    paths.prepend(clean);
    while (paths.size() > kMaximum) paths.removeLast();
    QSettings().setValue(kKey, paths);
}

void RecentDatasets::remove(const QString& path) {
    QStringList paths = list();
    paths.removeAll(QDir::cleanPath(path));
    QSettings().setValue(kKey, paths);
}

} // namespace crossseg::ui
