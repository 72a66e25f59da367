#pragma once
// The datasets opened lately, newest first, remembered in QSettings ("datasets/recent").
#include <QStringList>

namespace crossseg::ui {

class RecentDatasets {
public:
    static constexpr int kMaximum = 8;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
};

} // namespace crossseg::ui
