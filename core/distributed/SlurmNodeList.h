#pragma once
#include <string>
#include <vector>

namespace crossseg {

// Slurm's compressed host lists, as in SLURM_JOB_NODELIST: "node07", "node[01-04,07]", "gpu[1-2]-ib,login1",
// "rack[1-2]-n[01-02]". Numbers keep the zero padding of the range's first number ("01-04" -> 01 02 03 04).
class SlurmNodeList {
public:
    // Every host, in Slurm's order. Throws InputError naming the list when it is malformed (unbalanced
    // brackets, a range that runs backwards, a non-number) or would expand to more than a million hosts.
    static std::vector<std::string> expand(const std::string& list);

    // The first host (where rank 0 runs under srun's default block distribution): what MASTER_ADDR becomes
    // when it is unset. Same errors as expand().
    static std::string first(const std::string& list);
};

} // namespace crossseg
