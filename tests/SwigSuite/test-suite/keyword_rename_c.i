/*
 * Test reserved keyword renaming
 */

%module keyword_rename_c

%include "keyword_rename.i"
