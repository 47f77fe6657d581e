fn main() {
    leptos::mount::mount_to_body(cop_navigator::app::App);
}
