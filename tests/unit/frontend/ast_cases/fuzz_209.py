😀 from 1
