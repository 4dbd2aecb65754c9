// Symbol visibility macro for the non-template classes compiled into the ItkBindGenCore library.
#pragma once

// The library is built with hidden visibility so that only the ITK-named API is exported.
#if defined(_WIN32)
#  if defined(ItkBindGenCore_EXPORTS)
#    define ITKBindGenCore_EXPORT __declspec(dllexport)
#  else
#    define ITKBindGenCore_EXPORT __declspec(dllimport)
#  endif
#else
#  define ITKBindGenCore_EXPORT __attribute__((visibility("default")))
#endif
