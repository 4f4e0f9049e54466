//! A minimal Yew app with the competence wheel as one of its components:
//! the person rates themselves, and the app shows what it is told.

use competence_wheel::{CompetenceWheel, Mode, Options, Rated, Ratings, Selected};
use yew::prelude::*;

#[component]
fn App() -> Html {
    let opened = use_state(|| None::<Selected>);
    let last_rated = use_state(|| None::<Rated>);
    let ratings = use_state(|| None::<Ratings>);
    let onselect = {
        let opened = opened.clone();
        Callback::from(move |selected: Selected| opened.set(Some(selected)))
    };
    let onrate = {
        let last_rated = last_rated.clone();
        Callback::from(move |rated: Rated| last_rated.set(Some(rated)))
    };
    let onchange = {
        let ratings = ratings.clone();
        Callback::from(move |value: Ratings| ratings.set(Some(value)))
    };
    let rated = ratings
        .as_ref()
        .map_or(0, |r| r.iter().filter(|(_, p)| p.level.is_some()).count());
    html! {
        <main>
            <h1>{ "Our team's competences" }</h1>
            <CompetenceWheel
                options={Options {
                    mode: Some(Mode::Rate),
                    lang: Some("en".into()),
                    storage_key: Some("yew-app".into()),
                    sync_hash: false,
                    ..Options::default()
                }}
                stylesheet="pkg/competence-wheel.css"
                ratings={(*ratings).clone()}
                {onselect}
                {onrate}
                {onchange}
            />
            <p id="opened">{ opened.as_ref().map(|s| format!("Open: {}", s.title)).unwrap_or_default() }</p>
            <p id="rated">
                { last_rated.as_ref().map(|r| format!("{}: level {:?}", r.title, r.level)).unwrap_or_default() }
            </p>
            <p id="count">{ format!("{rated} parts rated") }</p>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
