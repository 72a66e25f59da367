#pragma once
#include "ui/model/GraySlice.h"

#include <filesystem>
#include <memory>

namespace crossseg::ui {

// The trained MR -> CT generator of an mkd-iam run (G_a->t of the image alignment module), for showing what it
// does to a slice. Loaded on the CPU from where the run's record says G_a->t is: stage 1's IAM folder for staged
// runs, the run's best checkpoint for end-to-end ones (stage 2 refined it there).
class IamTranslator {
public:
    // Throws InputError when the run has no trained IAM (another method, or the IAM stage never finished).
    static std::unique_ptr<IamTranslator> load(const std::filesystem::path& runDirectory);
    ~IamTranslator();

    GraySlice translate(const GraySlice& assistantSlice) const;

private:
    IamTranslator();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace crossseg::ui
