import weakref
weakref.ref([])
