// zlib, which Foundation already loads on Linux: deflate and CRC-32 for the ZIP archives of DOCX files.
#include <zlib.h>
