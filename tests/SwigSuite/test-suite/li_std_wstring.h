// This file has a BOM set to UTF-8, which is one way for Visual C++ to correctly interpet these strings
// Alternatively, the /utf-8 command line option could be used
#define JP_WSTRING L"JP: 日本語"
#define DE_WSTRING L"DE: Kröpeliner Straße"
#define RU_WSTRING L"RU: Война и мир"