#include "ui/model/SlurmExport.h"

#include "core/learn/Method.h"
#include "core/learn/TrainingProfile.h"
#include "core/util/AtomicFile.h"

namespace crossseg::ui {

SlurmJobSettings SlurmExport::settingsFor(const TrainingConfig& config, const std::string& datasetPath) {
    const TrainingProfile profile = TrainingProfile::resolve(config.profile, config.profileOverrides);
    SlurmJobSettings settings;
    const std::string runName = config.runDir.filename().string();
    if (!runName.empty()) {
        settings.jobName = runName;
        settings.runFolder = "/shared/crossseg/runs/" + runName;
    }
    settings.method = toString(config.method);
    settings.labeledTarget = config.labeledTarget;
    settings.profile = config.profile;
    settings.seed = config.seed;
    settings.sliceSize = profile.height;
    settings.dataset = datasetPath;
    return settings;
}

void SlurmExport::write(const SlurmJobSettings& settings, const std::filesystem::path& file) {
    AtomicFile::writeText(file, SlurmJobScript::render(settings));
    std::error_code ignored; // a file system without permissions (FAT) still gets the script
    std::filesystem::permissions(file, std::filesystem::perms::owner_exec, std::filesystem::perm_options::add, ignored);
}

} // namespace crossseg::ui
