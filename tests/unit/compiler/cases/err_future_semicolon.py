from __future__ import generators; import sys; from __future__ import division
