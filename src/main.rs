fn main() {
    cop_navigator::web::takeover::start(cop_navigator::app::App);
}
