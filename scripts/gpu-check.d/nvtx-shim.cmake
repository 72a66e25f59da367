# Configure fallback of scripts/gpu-check.d/build.sh (CMAKE_PROJECT_INCLUDE): some PyTorch CMake packages ask for
# the old NVTX library target CUDA::nvToolsExt, which CUDA 12.9+ no longer ships (NVTX 3 is header-only). Where it
# is missing and CUDA::nvtx3 exists, an interface target of that name stands in for it.
find_package(CUDAToolkit QUIET)
if(NOT TARGET CUDA::nvToolsExt AND TARGET CUDA::nvtx3)
  add_library(CUDA::nvToolsExt INTERFACE IMPORTED)
  target_link_libraries(CUDA::nvToolsExt INTERFACE CUDA::nvtx3)
  message(STATUS "gpu-check: CUDA::nvToolsExt stands in for NVTX 3 (CUDA::nvtx3)")
endif()
