//! The profile: whether it is shown, and the request for the effect that
//! brings it into view.

/// Whether the profile is shown, and what its effect is asked to do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProfileView {
    pub shown: bool,
    /// The profile was asked for and is to be brought into view. Its effect
    /// takes it once done, so a profile that loads or mounts later acts on a
    /// request still pending and never on an old one.
    pub request: Option<ProfileRequest>,
}

/// What the profile's effect is asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileRequest {
    /// Bring the profile into view.
    Reveal,
    /// Bring it into view and focus its heading (after the last part's
    /// *See your profile*).
    RevealAndFocus,
}

/// Showing or hiding the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShowProfile {
    /// Show (and bring into view) or hide the profile.
    Toggle(bool),
    /// The last part is rated: show the profile, bring it into view and move
    /// focus to it.
    See,
}

impl ProfileView {
    /// The profile after `action`, or `None` when nothing changes.
    pub fn reduce(self, action: ShowProfile) -> Option<ProfileView> {
        let (shown, request) = match action {
            ShowProfile::Toggle(false) if !self.shown => return None,
            ShowProfile::Toggle(show) => (show, show.then_some(ProfileRequest::Reveal)),
            ShowProfile::See => (true, Some(ProfileRequest::RevealAndFocus)),
        };
        Some(ProfileView { shown, request })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn showing_asks_for_view_and_hiding_cancels_the_request() {
        let shown = ProfileView::default()
            .reduce(ShowProfile::Toggle(true))
            .unwrap();
        assert_eq!(shown.request, Some(ProfileRequest::Reveal));
        let seen = shown.reduce(ShowProfile::See).unwrap();
        assert_eq!(seen.request, Some(ProfileRequest::RevealAndFocus));
        let hidden = seen.reduce(ShowProfile::Toggle(false)).unwrap();
        assert_eq!(hidden, ProfileView::default());
        assert_eq!(hidden.reduce(ShowProfile::Toggle(false)), None);
    }
}
