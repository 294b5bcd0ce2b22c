// Registers the VM's own types (frames, generators).
namespace hs {

void init_frame_type();
void init_gen_type();

void init_vm_types() {
    init_frame_type();
    init_gen_type();
}

} // namespace hs
